import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CodedHttpException, toApiError } from '../errors/api-error';

/** The host name of a Host header, lower-cased, without its port (`[::1]` keeps its brackets). */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const name = header.trim().toLowerCase();
  return name.startsWith('[') ? name.slice(0, name.indexOf(']') + 1) : name.replace(/:\d*$/, '');
}

/**
 * Answers only for the configured host names, before any route (API or web app) runs. A web
 * page that rebinds its own name to this server's address (DNS rebinding) sends its own name
 * as Host, and gets a 421 instead of the app. The raw Host header is checked, never
 * X-Forwarded-Host: a proxy passes the name the browser used in Host.
 */
export function refuseUnknownHosts(fastify: FastifyInstance, allowed: readonly string[]): void {
  const names = new Set(allowed);
  const refusal = toApiError(
    new CodedHttpException(HttpStatus.MISDIRECTED, 'MISDIRECTED_REQUEST'),
  ).body;
  fastify.addHook('onRequest', (request, reply, done) => {
    const name = hostName(request.headers.host);
    if (name !== undefined && names.has(name)) return done();
    void reply
      .status(refusal.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(refusal);
  });
}
