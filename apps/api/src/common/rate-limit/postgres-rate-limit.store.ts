import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { DataSource } from 'typeorm';
import { RateLimitRepository } from './rate-limit.repository';

type IncrCallback = Parameters<FastifyRateLimitStore['incr']>[1];

/** Roughly one increment in this many also clears counters whose window ended long ago. */
const CLEAN_UP_EVERY = 500;

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL, so every API process behind a load
 * balancer enforces the same per-IP limits (the library's own store counts per process). The
 * table is UNLOGGED: counters are cheap to write and may be lost in a database crash.
 */
export function postgresRateLimitStore(dataSource: DataSource): FastifyRateLimitStoreCtor {
  const counters = new RateLimitRepository(dataSource);
  class PostgresRateLimitStore implements FastifyRateLimitStore {
    /** The plugin passes its options first; children carry the route's prefix. */
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: IncrCallback, timeWindow?: number): void {
      counters.increment(`${this.prefix}${key}`, timeWindow ?? 60_000).then(
        (row) => {
          callback(null, { current: row.hits, ttl: row.ttl });
          // A counter cleared late costs nothing, so a failure here is not worth a request.
          if (Math.random() < 1 / CLEAN_UP_EVERY)
            void counters.forgetEnded().catch(() => undefined);
        },
        (error: Error) => callback(error),
      );
    }

    /** Each limited route counts on its own, as with the library's stores. */
    child(routeOptions: object): FastifyRateLimitStore {
      // At run time the plugin passes the merged options with the route under `routeInfo`.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new PostgresRateLimitStore(
        undefined,
        `${this.prefix}${String(route?.method ?? '')} ${String(route?.url ?? '')} `,
      );
    }
  }
  return PostgresRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
