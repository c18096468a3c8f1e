import type { FastifyInstance } from 'fastify';
import { ValidationFailedException } from '../errors/validation-failed.exception';

/** No body the app reads is nested deeper than a few levels; module content is the deepest (about 6). */
export const JSON_MAX_DEPTH = 32;

/**
 * The nesting depth of a JSON text, counted in one pass over its characters, or `Infinity` as
 * soon as it passes `limit`: a body of 100,000 `[` costs as much as reading it once, never a
 * parse, a validation or a stack overflow. Brackets inside strings do not count.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

/**
 * The one parser for `application/json`: refuses a body nested deeper than `maxDepth` before
 * it is parsed, then parses it with Fastify's own parser (which also refuses `__proto__` and
 * `constructor.prototype` keys). Size is limited by Fastify's `bodyLimit` while reading.
 */
export function registerJsonBodyParser(
  fastify: FastifyInstance,
  options: { readonly maxDepth?: number } = {},
): void {
  const maxDepth = options.maxDepth ?? JSON_MAX_DEPTH;
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = String(raw); // parseAs 'string': it is one already
    if (jsonDepthExceeds(body, maxDepth)) {
      done(
        new ValidationFailedException([
          {
            field: 'body',
            constraint: 'maxDepth',
            message: `body must not be nested deeper than ${maxDepth} levels`,
          },
        ]),
        undefined,
      );
      return;
    }
    parse(request, body, done);
  });
}
