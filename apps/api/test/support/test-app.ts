import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { closeGracefully, createApp } from '../../src/app.factory';
import { BackgroundWork } from '../../src/common/background/background-work';
import { loadConfig } from '../../src/config/app-config';
import { createLogger } from '../../src/common/logging/logger';

export interface TestApp {
  readonly app: NestFastifyApplication;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Resolves when the work started after answering (mail, "forgot password") is done. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The key the test apps seal second-factor secrets with; factories seal with it too. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 0x5a);

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run integration tests through `npm run test:int`',
    );
  return url;
}

/** The real app (same factory as `main.ts`) on the test database, driven in-process. */
export async function startTestApp(
  options: {
    databaseUrl?: string;
    extraImports?: DynamicModule['imports'];
    env?: Record<string, string>;
    /** Receives every log line (at LOG_LEVEL from `env`), for tests that check what is logged. */
    logStream?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? testDatabaseUrl();
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      WEB_DIST: '/nonexistent',
      // Many logins from one address in one file; the limit itself has its own test.
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('hex'),
      ...options.env,
    }),
    databaseUrl,
  };
  const app = await createApp(
    config,
    createLogger(config, { pretty: false, destination: options.logStream }),
    options.extraImports,
  );
  await app.init();
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.ready();
  return {
    app,
    inject: (injectOptions) => fastify.inject(injectOptions),
    idle: () => app.get(BackgroundWork).idle(),
    close: () => closeGracefully(app),
  };
}
