import { DataSource, type EntityManager } from 'typeorm';
import { ClientDataRegistry } from '../src/privacy/client-data.registry';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Which tables hold client data, read from the database catalog. The rule: a table with a
 * column named `client_id` or `subject_id`, or with a foreign key to `users` (any user may be a
 * client: `user_id` of sessions, a therapist's column of a table about a client's work). The
 * account row itself (`users`) is added by name.
 */
async function clientTables(manager: EntityManager): Promise<string[]> {
  const rows: { table_name: string }[] = await manager.query(
    `SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.column_name IN ('client_id', 'subject_id')
     UNION
     SELECT t.relname FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE k.contype = 'f' AND r.relname = 'users' AND n.nspname = current_schema()
     UNION SELECT 'users'`,
  );
  return rows.map((row) => row.table_name).sort();
}

/** Tables the export leaves out on purpose, and why. */
const NOT_EXPORTED: Record<string, string> = {
  sessions: 'login sessions: token hashes and moments, nothing the client wrote or is about care',
  recovery_codes: 'hashes of second-factor recovery codes: secrets, not data about the person',
  password_resets: 'hashes of reset links: secrets, not data about the person',
  invitations:
    'names the inviting therapist (invited_by); an invited client is not a client until the account exists',
};

/** Tables account deletion leaves as they are on purpose, and why. */
const NOT_DELETED: Record<string, string> = {
  audit_events:
    'the access log is kept by law (NEN 7513, at least 5 years), also about a deleted client',
  invitations:
    'names the inviting therapist (invited_by); KNOWN GAP: an accepted invitation keeps the name and e-mail it was sent to',
};

/** The tables with client data that the registry (with the exemptions above) does not cover. */
function uncovered(tables: readonly string[], registry: ClientDataRegistry) {
  const exported = new Set(registry.entries.flatMap((e) => e.exports));
  const deleted = new Set(
    registry.entries.flatMap((e) => [...e.deletes, ...Object.keys(e.strips ?? {})]),
  );
  return {
    export: tables.filter((t) => !exported.has(t) && !(t in NOT_EXPORTED)),
    delete: tables.filter((t) => !deleted.has(t) && !(t in NOT_DELETED)),
  };
}

describe('the client-data registry covers every table with client data', () => {
  let api: TestApp;
  let registry: ClientDataRegistry;
  let dataSource: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    registry = api.app.get(ClientDataRegistry);
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('names in export and in deletion (or an exemption with its reason) every such table', async () => {
    const tables = await clientTables(dataSource.manager);
    expect(tables).toContain('checkins');
    expect(tables).toContain('audit_events');
    expect(uncovered(tables, registry)).toEqual({ export: [], delete: [] });
  });

  it('names only tables that exist and exempts only tables the registry does not cover', async () => {
    const [{ names }] = await dataSource.query(
      `SELECT array_agg(table_name::text) AS names FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    const registered = registry.entries.flatMap((e) => [
      ...e.exports,
      ...e.deletes,
      ...Object.keys(e.strips ?? {}),
    ]);
    expect(registered.filter((t) => !names.includes(t))).toEqual([]);
    const exported = registry.entries.flatMap((e) => e.exports);
    const deleted = registry.entries.flatMap((e) => [...e.deletes, ...Object.keys(e.strips ?? {})]);
    expect(Object.keys(NOT_EXPORTED).filter((t) => exported.includes(t))).toEqual([]);
    expect(Object.keys(NOT_DELETED).filter((t) => deleted.includes(t))).toEqual([]);
  });

  it('fails naming a new table with a client column that no capability declared', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('CREATE TABLE reminders_probe (practice_id uuid, client_id uuid)');
      const tables = await clientTables(runner.manager);
      expect(uncovered(tables, registry)).toEqual({
        export: ['reminders_probe'],
        delete: ['reminders_probe'],
      });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
