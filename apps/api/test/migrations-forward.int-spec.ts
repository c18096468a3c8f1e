import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { SecretBox } from '../src/common/encryption/secret-box';
import { setMigrationEncryptionKey } from '../src/database/migration-context';
import { TEST_ENCRYPTION_KEY, testDatabaseUrl } from './support/test-app';

/** A second-factor secret stored in plain text, as before secrets were sealed. */
const PLAIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Real-shaped rows for the tables that exist after the named migration. */
const FILL: Record<string, (db: DataSource) => Promise<void>> = {
  Identity1763726400000: async (db) => {
    const [p] = await db.query(
      `INSERT INTO practices (name, phone) VALUES ('Praktijk Oud', '010 000 00 00') RETURNING id`,
    );
    const [t] = await db.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash, totp_secret, totp_enabled_at) VALUES ($1, 'therapist', 'owner', 'oud-t@x.nl', 'T', 'h', '${PLAIN_SECRET}', now()) RETURNING id`,
      [p.id],
    );
    const [c] = await db.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash) VALUES ($1, 'client', 'client', 'oud-c@x.nl', 'C', 'h') RETURNING id`,
      [p.id],
    );
    await db.query(
      'INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)',
      [p.id, t.id, c.id],
    );
    await db.query(
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, subject_id, basis, outcome)
       VALUES ($1, $2, 'therapist', 'client.read', 'read', 'client', $3, 'care-relation', 'success')`,
      [p.id, t.id, c.id],
    );
  },
  Homework1763812800000: async (db) => {
    const [[p], [t], [c]] = await Promise.all([
      db.query('SELECT id FROM practices LIMIT 1'),
      db.query("SELECT id FROM users WHERE role = 'therapist' LIMIT 1"),
      db.query("SELECT id FROM users WHERE role = 'client' LIMIT 1"),
    ]);
    const content = {
      slug: 'oud',
      title: 'Oud',
      theme: 'grenzen',
      summary: 's',
      estimatedMinutes: 5,
      locale: 'nl',
      steps: [],
    };
    const [m] = await db.query(
      `INSERT INTO modules (practice_id, slug, status, draft, published_version) VALUES ($1, 'oud', 'published', $2, 1) RETURNING id`,
      [p.id, content],
    );
    const [v] = await db.query(
      'INSERT INTO module_versions (module_id, number, content) VALUES ($1, 1, $2) RETURNING id',
      [m.id, content],
    );
    const [a] = await db.query(
      `INSERT INTO assignments (practice_id, therapist_id, client_id, module_version_id, rhythm) VALUES ($1, $2, $3, $4, 'daily') RETURNING id`,
      [p.id, t.id, c.id, v.id],
    );
    await db.query(
      `INSERT INTO responses (practice_id, assignment_id, client_id, answers) VALUES ($1, $2, $3, '{"x": "y"}')`,
      [p.id, a.id, c.id],
    );
  },
  Checkins1763899200000: async (db) => {
    // A check-in a therapist saw, and the client's preferences: rows without a practice yet.
    const [[p], [t], [c]] = await Promise.all([
      db.query('SELECT id FROM practices LIMIT 1'),
      db.query("SELECT id FROM users WHERE role = 'therapist' LIMIT 1"),
      db.query("SELECT id FROM users WHERE role = 'client' LIMIT 1"),
    ]);
    const [checkin] = await db.query(
      `INSERT INTO checkins (practice_id, client_id, day, tension, danger, shared, shared_at, submit_key, submit_hash)
       VALUES ($1, $2, current_date, 10, true, true, now(), 'oud-1', '\\x00') RETURNING id`,
      [p.id, c.id],
    );
    await db.query('INSERT INTO checkin_seen (checkin_id, therapist_id) VALUES ($1, $2)', [
      checkin.id,
      t.id,
    ]);
    await db.query(
      'INSERT INTO client_preferences (client_id, share_by_default, show_private_count) VALUES ($1, true, true)',
      [c.id],
    );
  },
  AuditChainPerPractice1764633600000: async (db) => {
    // After the per-practice chains: rows of the old practice, of a new one and of none.
    const [[old], [t]] = await Promise.all([
      db.query('SELECT id FROM practices LIMIT 1'),
      db.query("SELECT id FROM users WHERE role = 'therapist' LIMIT 1"),
    ]);
    const [fresh] = await db.query(
      `INSERT INTO practices (name, phone) VALUES ('Praktijk Nieuw', '010 000 00 01') RETURNING id`,
    );
    for (const practiceId of [old.id, fresh.id, null, old.id]) {
      await db.query(
        `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, basis, outcome)
         VALUES ($1, $2, 'therapist', 'client.list', 'read', 'client', 'care-relation', 'success')`,
        [practiceId, t.id],
      );
    }
  },
  AuditListSubjects1764920000000: async (db) => {
    // After list reads became one row: such a row beside the older ones, in the same chain.
    const [[p], [t], [c]] = await Promise.all([
      db.query("SELECT id FROM practices WHERE name = 'Praktijk Oud'"),
      db.query("SELECT id FROM users WHERE role = 'therapist' LIMIT 1"),
      db.query("SELECT id FROM users WHERE role = 'client' LIMIT 1"),
    ]);
    await db.query(
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, subject_ids, basis, outcome)
       VALUES ($1, $2, 'therapist', 'overview.read', 'read', 'overview', ARRAY[$3::uuid], 'care-relation', 'success')`,
      [p.id, t.id, c.id],
    );
  },
};

describe('migrations run forward on a database that already holds data', () => {
  it('keeps every row and ends where the entities are', async () => {
    const name = `forward_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = testDatabaseUrl().replace(/\/[^/]+$/, `/${name}`);
    setMigrationEncryptionKey(TEST_ENCRYPTION_KEY);
    for (let step = 1; step <= MIGRATIONS.length; step++) {
      const db = new DataSource({
        ...dataSourceOptions(url),
        migrations: MIGRATIONS.slice(0, step),
      });
      await db.initialize();
      await db.runMigrations({ transaction: 'each' });
      await FILL[MIGRATIONS[step - 1]!.name]?.(db);
      await db.destroy();
    }
    const db = new DataSource(dataSourceOptions(url));
    await db.initialize();
    try {
      const sql = await db.driver.createSchemaBuilder().log();
      expect(sql.upQueries).toEqual([]);
      const [{ users }] = await db.query('SELECT count(*)::int AS users FROM users');
      const [{ responses }] = await db.query('SELECT count(*)::int AS responses FROM responses');
      expect({ users, responses }).toEqual({ users: 2, responses: 1 });
      // The practice of preferences and seen marks came from the client and the check-in.
      const [practice] = await db.query("SELECT id FROM practices WHERE name = 'Praktijk Oud'");
      expect(await db.query('SELECT practice_id FROM client_preferences')).toEqual([
        { practice_id: practice.id },
      ]);
      expect(await db.query('SELECT practice_id FROM checkin_seen')).toEqual([
        { practice_id: practice.id },
      ]);
      expect(await db.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
      // The plain second-factor secret was sealed with the key from outside the database.
      const [t] = await db.query("SELECT id, totp_secret FROM users WHERE email = 'oud-t@x.nl'");
      expect(t.totp_secret).not.toContain(PLAIN_SECRET);
      expect(new SecretBox(TEST_ENCRYPTION_KEY).open(t.totp_secret, t.id)).toBe(PLAIN_SECRET);
    } finally {
      setMigrationEncryptionKey(undefined);
      await db.destroy();
    }
  });
});
