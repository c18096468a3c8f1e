import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ValidationFailedException } from '../errors/validation-failed.exception';

/** No body the app reads is nested deeper than a few levels; module content is the deepest (about 6). */
export const JSON_MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Counts the nesting depth of a JSON text as its bytes arrive, chunk by chunk, and says as soon
 * as it passes `limit`. Bytes, not characters: every byte a JSON bracket, quote or backslash can
 * be is ASCII, and no byte of a multi-byte UTF-8 character is below 0x80. Brackets inside
 * strings do not count; an escape may end one chunk and its character start the next.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit: number) {}

  /** True once the text so far is nested deeper than the limit (and from then on). */
  exceeded(chunk: Uint8Array): boolean {
    if (this.depth > this.limit) return true;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++this.depth > this.limit) return true;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) this.depth--;
    }
    return false;
  }
}

/** The same count over a whole text at once (for a text that is in memory already). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  return new JsonDepthScanner(limit).exceeded(Buffer.from(text, 'utf8'));
}

function tooDeep(maxDepth: number): ValidationFailedException {
  return new ValidationFailedException([
    {
      field: 'body',
      constraint: 'maxDepth',
      message: `body must not be nested deeper than ${maxDepth} levels`,
    },
  ]);
}

/**
 * The one parser for `application/json`. A body nested deeper than `maxDepth` is refused while
 * it arrives: each chunk is scanned as it comes in (the event loop is never held for a whole
 * body), and the refusal comes with the first chunk that is too deep, so the rest is never read
 * (the answer closes the connection, see `closeUnreadBodies`). A body within the limit is then
 * parsed by Fastify's own parser (which also refuses `__proto__` and `constructor.prototype`
 * keys). Size is limited by Fastify's `bodyLimit` while reading.
 */
export function registerJsonBodyParser(
  fastify: FastifyInstance,
  options: { readonly maxDepth?: number } = {},
): void {
  const maxDepth = options.maxDepth ?? JSON_MAX_DEPTH;
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (!isJson(request.headers['content-type'])) return payload;
    scannedWhileRead.add(request);
    const scanner = new JsonDepthScanner(maxDepth);
    const scanned = new Transform({
      transform(chunk: Buffer, _encoding: BufferEncoding, next: TransformCallback) {
        if (scanner.exceeded(chunk)) next(tooDeep(maxDepth));
        else next(null, chunk);
      },
    });
    payload.on('error', (error) => scanned.destroy(error));
    // The refusal reaches the answer through Fastify's own listener while it reads the body;
    // when nothing reads it (refused on its length first), an error must not end the process.
    scanned.on('error', () => undefined);
    return payload.pipe(scanned);
  });
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = String(raw); // parseAs 'string': it is one already
    // A content type the parser takes but the hook did not recognise is scanned here, whole.
    if (!scannedWhileRead.has(request) && jsonDepthExceeds(body, maxDepth)) {
      done(tooDeep(maxDepth), undefined);
      return;
    }
    parse(request, body, done);
  });
}

/** Requests whose body the preParsing hook scanned while it arrived. */
const scannedWhileRead = new WeakSet<object>();

/** `application/json`, with or without parameters (`; charset=utf-8`), in any case. */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * How long an answer given before the body's end waits. No browser of ours sends such a body;
 * a sender that does gets its refusal a moment later, so that one connection cannot make the
 * server refuse hundreds of bodies a second (each one a new connection and a body's first
 * chunks to take in). While it waits nothing more of the body is read: the socket's buffers
 * fill and the sender has to wait too. What costs the server nothing is a timer.
 */
export const REFUSED_BODY_DELAY_MS = 250;

/**
 * An answer given before the request's body was read to its end (too large, too deep) closes
 * the connection: the rest of the body is then never read, and never costs the server a thing.
 * The answer comes after `REFUSED_BODY_DELAY_MS`.
 */
export function closeUnreadBodies(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    // False only on a real socket with part of a body unread (an injected request has no flag).
    if (request.raw.complete !== false) return;
    void reply.header('connection', 'close');
    await new Promise((resolve) => setTimeout(resolve, REFUSED_BODY_DELAY_MS));
  });
}
