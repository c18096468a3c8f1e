import { RouteConfig } from '@nestjs/platform-fastify';

/**
 * Per-IP limit for routes that guess at secrets (passwords, codes, invitation codes): the
 * number per minute comes from AUTH_RATE_LIMIT_PER_MINUTE, applied by @fastify/rate-limit.
 */
export const RateLimited = (): MethodDecorator => RouteConfig({ rateLimit: {} });
