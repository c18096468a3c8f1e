import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { closeGracefully, createApp } from './app.factory';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { loadEncryptionKey } from './common/encryption/secret-box';
import { createLogger } from './common/logging/logger';
import { type DemoLogin, runDemoSeed } from './database/demo-seed';
import { describeDatabaseError } from './database/describe-db-error';
import { EmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { SetupCodeService } from './identity/setup-code.service';

/** A start-up failure the operator can fix: printed as one line, no stack trace. */
class StartError extends Error {}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const embedded = config.databaseUrl
    ? undefined
    : new EmbeddedPostgres({
        dataDir: config.dataDir,
        database: 'oefenruimte',
        onLog: (line, level) => logger[level]({ component: 'postgres' }, line),
      });
  let app: NestFastifyApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) process.exit(1); // a second Ctrl-C: stop waiting
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    if (app) await closeGracefully(app); // stops accepting, waits for in-flight requests, closes the pool
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));

  try {
    const databaseUrl = embedded
      ? await startEmbedded(embedded, config)
      : (config.databaseUrl as string);
    const encryptionKey = keyOrStop(config);
    try {
      const applied = await runMigrations(databaseUrl, { encryptionKey });
      if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    } catch (error) {
      throw new StartError(describeDatabaseError(error, databaseUrl));
    }
    app = await createApp({ ...config, databaseUrl }, logger);
    if (config.jobs === 'worker') {
      // The worker service: background jobs only, no HTTP (the API service runs with JOBS=off).
      await app.init();
      process.stdout.write(
        '  Oefenruimte worker is running (background jobs). Stop with Ctrl-C.\n',
      );
      return;
    }
    const logins = config.demoSeed ? await runDemoSeed(app.get(DataSource)) : [];
    const setupCode = await app.get(SetupCodeService).issueIfNoPractice();
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      if ((error as { code?: string }).code === 'EADDRINUSE') {
        throw new StartError(
          `Port ${config.port} is already in use. Stop the other program, or start with PORT=${config.port + 1} npm start.`,
        );
      }
      throw error;
    }
    printBanner(config, logins, embedded !== undefined, setupCode);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    if (error instanceof StartError) fail(error.message);
    logger.fatal({ err: error }, 'start failed');
    process.exit(1);
  }
}

async function startEmbedded(embedded: EmbeddedPostgres, config: AppConfig): Promise<string> {
  try {
    return await embedded.start();
  } catch (error) {
    throw new StartError(
      `Could not start the built-in PostgreSQL in ${config.dataDir}: ${(error as Error).message}`,
    );
  }
}

function keyOrStop(config: AppConfig): Buffer {
  // A container's DATA_DIR rarely outlives it: a key made there would be lost with it, and with
  // it every second factor. In production the key comes from the configuration.
  if (config.nodeEnv === 'production' && !config.encryptionKey)
    throw new StartError(
      'ENCRYPTION_KEY is required in production (32 random bytes as hex: openssl rand -hex 32).',
    );
  try {
    return loadEncryptionKey(config);
  } catch (error) {
    throw new StartError(
      `Cannot keep the encryption key in ${config.dataDir}: ${(error as Error).message}. Set ENCRYPTION_KEY, or make DATA_DIR writable.`,
    );
  }
}

function printBanner(
  config: AppConfig,
  logins: DemoLogin[],
  embedded: boolean,
  setupCode: string | null,
): void {
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const lines = [
    '',
    `  Oefenruimte is running at http://${host}:${config.port}`,
    config.mode === 'demo'
      ? '  Mode: DEMO (published demo passwords; no real client data; MODE=practice for a real practice)'
      : '  Mode: practice (demo accounts are off; mail is never shown in the app)',
    ...(config.apiDocs ? [`  API docs: http://${host}:${config.port}/api/docs`] : []),
    embedded
      ? `  Database: built-in PostgreSQL, data in ${config.dataDir}`
      : '  Database: DATABASE_URL',
    ...(logins.length > 0
      ? [
          '',
          '  Demo logins:',
          ...logins.map((l) => `    ${l.role.padEnd(12)} ${l.email}  /  ${l.password}`),
        ]
      : []),
    ...(setupCode
      ? [
          '',
          '  No practice yet. Make the first owner account with this one-time setup code',
          `  (valid 24 hours, shown only here): ${setupCode}`,
          `    ${config.publicUrl}/installeren#${setupCode}`,
        ]
      : []),
    '',
    '  Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function fail(message: string): never {
  process.stderr.write(`oefenruimte: ${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
  process.stderr.write(`oefenruimte: start failed: ${(error as Error).message}\n`);
  process.exit(1);
});
