import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { DataSource } from 'typeorm';

type IncrCallback = Parameters<FastifyRateLimitStore['incr']>[1];

/** One counter per key and window; the row ends when its window does. */
const INCREMENT = `
  INSERT INTO rate_limit_counters AS c (key, window_end, hits)
  VALUES ($1, now() + $2 * interval '1 millisecond', 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_end <= now() THEN 1 ELSE c.hits + 1 END,
    window_end = CASE WHEN c.window_end <= now() THEN excluded.window_end ELSE c.window_end END
  RETURNING hits, greatest(0, ceil(extract(epoch FROM c.window_end - now()) * 1000))::int AS ttl`;

const FORGET_ENDED = `DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 hour'`;

/** Roughly one increment in this many also clears counters whose window ended long ago. */
const CLEAN_UP_EVERY = 500;

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL, so every API process behind a load
 * balancer enforces the same per-IP limits (the library's own store counts per process). The
 * table is UNLOGGED: counters are cheap to write and may be lost in a database crash.
 */
export function postgresRateLimitStore(dataSource: DataSource): FastifyRateLimitStoreCtor {
  class PostgresRateLimitStore implements FastifyRateLimitStore {
    /** The plugin passes its options first; children carry the route's prefix. */
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: IncrCallback, timeWindow?: number): void {
      dataSource.query(INCREMENT, [`${this.prefix}${key}`, timeWindow ?? 60_000]).then(
        ([row]: [{ hits: number; ttl: number }]) => {
          callback(null, { current: row.hits, ttl: row.ttl });
          // A counter cleared late costs nothing, so a failure here is not worth a request.
          if (Math.random() < 1 / CLEAN_UP_EVERY)
            void dataSource.query(FORGET_ENDED).catch(() => undefined);
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
