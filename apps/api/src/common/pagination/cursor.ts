import { ValidationFailedException } from '../errors/validation-failed.exception';

/**
 * Keyset pagination: the cursor is the sort key of the last row seen, opaque to clients, so
 * a page costs one indexed range scan however deep it is.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  arity: number,
): (string | number)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
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
