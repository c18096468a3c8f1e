import { describeDatabaseError } from './describe-db-error';

describe('describeDatabaseError', () => {
  const url = 'postgres://app:geheim@db.example:5432/oefenruimte';

  it('names a known cause without the password of the URL', () => {
    const line = describeDatabaseError({ code: 'ECONNREFUSED' }, url);
    expect(line).toBe(
      'Cannot use the database at db.example:5432/oefenruimte: nothing answers there. Check DATABASE_URL.',
    );
  });

  it('names the SQLSTATE of any other PostgreSQL error, never the value its message quotes', () => {
    const line = describeDatabaseError(
      { code: '22P02', message: 'invalid input syntax for type uuid: "mijn notitie"' },
      url,
    );
    expect(line).toContain('SQLSTATE 22P02');
    expect(line).not.toContain('mijn notitie');
  });

  it('drops quoted text from any other message', () => {
    const line = describeDatabaseError(new Error('migration failed near "mijn notitie"'), url);
    expect(line).not.toContain('mijn notitie');
    expect(line).toContain('migration failed near');
  });
});
