import type { DataSource } from 'typeorm';

/** One counter per key and window; the row ends when its window does. */
const INCREMENT = `
  INSERT INTO rate_limit_counters AS c (key, window_end, hits)
  VALUES ($1, now() + $2 * interval '1 millisecond', 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_end <= now() THEN 1 ELSE c.hits + 1 END,
    window_end = CASE WHEN c.window_end <= now() THEN excluded.window_end ELSE c.window_end END
  RETURNING hits, greatest(0, ceil(extract(epoch FROM c.window_end - now()) * 1000))::int AS ttl`;

const FORGET_ENDED = `DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 hour'`;

/**
 * The SQL of `rate_limit_counters` (per-IP request counts, no practice data). Made by hand for
 * the rate-limit plugin, which is registered before the Nest container hands out providers.
 */
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts a hit on the key; the hits in its window and the milliseconds the window has left. */
  async increment(key: string, windowMs: number): Promise<{ hits: number; ttl: number }> {
    const [row] = await this.dataSource.query(INCREMENT, [key, windowMs]);
    return row;
  }

  /** Clears counters whose window ended long ago. */
  async forgetEnded(): Promise<void> {
    await this.dataSource.query(FORGET_ENDED);
  }
}
