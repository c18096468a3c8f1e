import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { type DynamicModule, HttpStatus, NotFoundException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { CodedHttpException, toApiError } from './common/errors/api-error';
import { refuseUnknownHosts } from './common/http/allowed-host';
import { answerFrameworkError } from './common/errors/framework-errors';
import { closeUnreadBodies, registerJsonBodyParser } from './common/http/json-body-parser';
import { requestIdFor } from './common/logging/logger';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import { requestContext } from './common/logging/request-context';
import { postgresRateLimitStore } from './common/rate-limit/postgres-rate-limit.store';

export type RunConfig = AppConfig & { readonly databaseUrl: string };

/** A body larger than this is refused with 413 before it is parsed. */
const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Builds the whole HTTP app: the adapter, its plugins and hooks, the API and the web app on
 * one origin. `main.ts` and the integration tests both use it, so tests run what users run.
 */
export async function createApp(
  config: RunConfig,
  logger: Logger,
  /** Extra modules, for tests that need a route of their own to exercise the global pipeline. */
  extraImports: DynamicModule['imports'] = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (req: IncomingMessage) => requestIdFor(req.headers['x-request-id']),
    // Fastify takes a hop count or a list as is; `false` trusts no X-Forwarded-* at all.
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    // A path the router cannot decode is a 400 in the API's error shape (framework-errors.ts).
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, extraImports),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      // Only JSON bodies are accepted: Nest's form parser stays off, Fastify's text parser is removed below.
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

  fastify.removeContentTypeParser('text/plain');
  // A mail program's one-click unsubscribe posts a form (RFC 8058); its fields are never read,
  // and every route but that one still needs the CSRF header. Anywhere else a form stays a 415.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (request, _body, done) => {
      if (request.url.startsWith('/api/reminders/unsubscribe/')) return done(null, {});
      done(
        Object.assign(new Error('Unsupported Media Type'), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        }),
        undefined,
      );
    },
  );
  // JSON nested deeper than any real body is refused before it is parsed (see json-body-parser.ts).
  registerJsonBodyParser(fastify);
  closeUnreadBodies(fastify);
  // First of the hooks: every answer, a refusal by the next hook too, carries its request id.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id }, done);
  });
  refuseUnknownHosts(fastify, config.allowedHosts);
  fastify.addHook('onSend', async (request, reply) => {
    // Client data must never sit in a browser or proxy cache.
    if (request.url.startsWith('/api')) void reply.header('cache-control', 'no-store');
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables and positions popovers with inline styles; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  // Only routes marked @RateLimited() are limited (login, codes, resets): per IP, per minute,
  // counted in PostgreSQL so that every API process enforces the same limit.
  await app.register(fastifyRateLimit, {
    global: false,
    store: postgresRateLimitStore(app.get(DataSource)),
    max: config.authRateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: () =>
      new CodedHttpException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS'),
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: [...config.corsOrigins], credentials: true });
  }

  app.setGlobalPrefix('api');
  const openApi = new DocumentBuilder()
    .setTitle('Oefenruimte API')
    .setDescription(
      'Homework, check-ins and reviewing progress together, between therapy sessions.',
    )
    .setVersion(config.version)
    .build();
  // Off in production unless API_DOCS=true: the full route map is no one's business there.
  if (config.apiDocs) {
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
      jsonDocumentUrl: 'api/docs-json',
    });
  }

  await serveWebApp(fastify, config.webDist);
  return app;
}

/** Serves the built web app, with every non-API path falling back to index.html (client routing). */
async function serveWebApp(fastify: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(join(webDist, 'index.html'))) {
    fastify.log.warn({ webDist }, 'web app not built; serving the API only');
    return;
  }
  await fastify.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    // The build writes .br and .gz next to each file: sent as the browser accepts, never compressed per request.
    preCompressed: true,
    // Our own Cache-Control below; send's default (`max-age=0`) would overwrite it.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('vary', 'accept-encoding');
      // Vite puts a content hash in every asset name, so those may be cached for good.
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api')) {
      return reply.status(404).send(toApiError(new NotFoundException()).body);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  fastify.get('/', (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
}

/**
 * Stops the app gracefully: no new requests, in-flight ones finish (the database pool closes
 * only after them), and keep-alive connections are closed as soon as they fall idle, so
 * shutdown does not wait for a browser's keep-alive timeout.
 */
export async function closeGracefully(app: NestFastifyApplication): Promise<void> {
  const server = app.getHttpServer() as { closeIdleConnections?: () => void };
  const closeIdle = setInterval(() => server.closeIdleConnections?.(), 100);
  try {
    await app.close();
  } finally {
    clearInterval(closeIdle);
  }
}
