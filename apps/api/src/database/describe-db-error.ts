import { withoutQuotes } from '../common/logging/logger';

/** One line on why the database could not be used, without the password from the URL. */
export function describeDatabaseError(error: unknown, url: string): string {
  let where = 'the database';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    // Config validation already rejected malformed URLs; keep the generic wording.
  }
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'nothing answers there',
    ENOTFOUND: 'the host name is unknown',
    EAI_AGAIN: 'the host name could not be looked up',
    ETIMEDOUT: 'the connection timed out',
    '28P01': 'the user name or password is wrong',
    '28000': 'the server refused this user',
    '3D000': 'that database does not exist',
  };
  // A PostgreSQL message can quote a value (of a row a migration touched): name the SQLSTATE.
  const isSqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  const reason =
    (code && reasons[code]) ??
    (isSqlState ? `PostgreSQL refused it (SQLSTATE ${code})` : undefined) ??
    (message ? withoutQuotes(message.split('\n')[0]!) : 'unknown error');
  return `Cannot use the database at ${where}: ${reason}. Check DATABASE_URL.`;
}
