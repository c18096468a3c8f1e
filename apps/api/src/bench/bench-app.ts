import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { createLogger } from '../common/logging/logger';
import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';

/** The password of every account a bench seeds. */
export const BENCH_PASSWORD = 'bench-wachtwoord-lang';

/**
 * The real app in production mode on a migrated `databaseUrl`, on a free local port, without
 * the web app; `env` adds the bench's own settings. `base` is its URL, ready to fetch.
 */
export async function startBenchApp(
  databaseUrl: string,
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; base: string }> {
  await runMigrations(databaseUrl);
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      WEB_DIST: '/nonexistent',
      ...env,
    }),
    databaseUrl,
  };
  const app = await createApp(config, createLogger(config));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** Logs a seeded account in; the session cookie to send with its requests. */
export async function loginCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-oefenruimte-csrf': '1' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`bench login failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}
