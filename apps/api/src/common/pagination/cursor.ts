import { ValidationFailedException } from '../errors/validation-failed.exception';
import { textProblem } from '../dto/well-formed-text';

/**
 * Keyset pagination: the cursor is the sort key of the last row seen, opaque to clients, so
 * a page costs one indexed range scan however deep it is.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What one position of a cursor holds; a cursor is only used when every position fits its kind. */
export type CursorPart = 'text' | 'uuid' | 'instant' | 'seq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As `Date.prototype.toISOString` writes it, which is how `encodeCursor` callers store a time. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const FITS: Record<CursorPart, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 1000 && textProblem(v) === undefined,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  instant: (v) =>
    typeof v === 'string' &&
    ISO_INSTANT.test(v) &&
    !Number.isNaN(Date.parse(v)) &&
    new Date(v).toISOString() === v,
  seq: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
};

/**
 * The values of a cursor this API made, checked position by position, so nothing a client
 * crafted reaches a query; anything else is a 400 on `cursor`.
 */
export function decodeCursor(
  cursor: string | undefined,
  parts: readonly CursorPart[],
): (string | number)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === parts.length &&
      values.every((value, i) => FITS[parts[i]!](value))
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through: a cursor we did not make
  }
  throw new ValidationFailedException([
    { field: 'cursor', constraint: 'isCursor', message: 'cursor is not valid' },
  ]);
}

export const PAGE_SIZE = 50;
