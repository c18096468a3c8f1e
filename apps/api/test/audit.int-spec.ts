import { randomUUID } from 'node:crypto';
import {
  as,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('audit log (NEN 7513)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('records who read which client, when, on what basis, from where, and nothing of the content', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    await as(api, await login(api, therapist)).get(`/api/clients/${client.id}`);
    const [row] = await (
      await database()
    ).query("SELECT * FROM audit_events WHERE subject_id = $1 AND event = 'client.read'", [
      client.id,
    ]);
    expect(row).toMatchObject({
      actor_id: therapist.id,
      actor_role: 'therapist',
      action: 'read',
      object_type: 'client',
      object_id: client.id,
      basis: 'care-relation',
      outcome: 'success',
      ip: '127.0.0.1',
      practice_id: therapist.practiceId,
    });
    expect(row.request_id).toEqual(expect.any(String));
    expect(row.at).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toContain(client.name);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log, even for the app', async () => {
    const data = await database();
    const [row] = await data.query('SELECT id FROM audit_events ORDER BY seq DESC LIMIT 1');
    await expect(
      data.query("UPDATE audit_events SET outcome = 'success' WHERE id = $1", [row.id]),
    ).rejects.toThrow(/append-only/);
    await expect(data.query('DELETE FROM audit_events WHERE id = $1', [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(data.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('chains the rows so that a changed row is found', async () => {
    const data = await database();
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);

    // Only a superuser who switches the protection off can change a row; the chain still tells.
    const [victim] = await data.query(
      'SELECT id, seq FROM audit_events ORDER BY seq DESC LIMIT 1 OFFSET 1',
    );
    await data
      .transaction(async (manager) => {
        await manager.query(
          'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
        );
        await manager.query(
          "UPDATE audit_events SET outcome = CASE outcome WHEN 'success' THEN 'refused' ELSE 'success' END WHERE id = $1",
          [victim.id],
        );
        const breaks = await manager.query('SELECT seq::text, problem FROM audit_chain_breaks()');
        expect(breaks).toEqual([{ seq: victim.seq, problem: 'content does not match its hash' }]);
        // Undo inside the transaction: the shared log of this test run stays intact.
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') throw error;
      });
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });

  it('keeps one gapless chain per practice, so practices do not wait for each other', async () => {
    const { therapist: a } = await createPractice();
    const { therapist: b } = await createPractice();
    const data = await database();
    const insert = (practiceId: string, actorId: string) =>
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, basis, outcome)
       VALUES ('${practiceId}', '${actorId}', 'therapist', 'client.list', 'read', 'client', 'care-relation', 'success')`;
    const connect = async () => {
      const runner = data.createQueryRunner();
      await runner.connect();
      return runner;
    };
    const holder = await connect();
    const other = await connect();
    const same = await connect();
    try {
      // A writer of practice A holds its transaction open (as a slow request would).
      await holder.startTransaction();
      await holder.query(insert(a.practiceId, a.id));
      // Practice B's writer is not held up by it ...
      await other.query("SET lock_timeout = '5s'");
      await expect(other.query(insert(b.practiceId, b.id))).resolves.toBeDefined();
      // ... while a second writer of practice A takes its turn behind the first.
      await same.query("SET lock_timeout = '200ms'");
      await expect(same.query(insert(a.practiceId, a.id))).rejects.toThrow(/lock timeout/);
      await holder.commitTransaction();
      await expect(same.query(insert(a.practiceId, a.id))).resolves.toBeDefined();
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await Promise.all([holder.release(), other.release(), same.release()]);
    }

    for (const practiceId of [a.practiceId, b.practiceId]) {
      const rows: { pos: string; key: string }[] = await data.query(
        'SELECT chain_pos::text AS pos, chain_key::text AS key FROM audit_events WHERE practice_id = $1 ORDER BY chain_pos',
        [practiceId],
      );
      expect(rows.map((row) => Number(row.pos))).toEqual(rows.map((_, index) => index + 1));
      expect(new Set(rows.map((row) => row.key))).toEqual(new Set([practiceId]));
    }
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });

  it('finds a row removed from a practice chain', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(api, therapist);
    for (let i = 0; i < 3; i++) await as(api, session).get(`/api/clients/${client.id}`);
    const data = await database();
    const rows: { id: string; seq: string }[] = await data.query(
      'SELECT id, seq::text AS seq FROM audit_events WHERE chain_key = $1 ORDER BY chain_pos',
      [therapist.practiceId],
    );
    const [removed, next] = rows.slice(-3) as [(typeof rows)[0], (typeof rows)[0]];
    await data
      .transaction(async (manager) => {
        await manager.query(
          'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
        );
        await manager.query('DELETE FROM audit_events WHERE id = $1', [removed.id]);
        const breaks = await manager.query('SELECT seq::text, problem FROM audit_chain_breaks()');
        expect(breaks).toEqual([{ seq: next.seq, problem: 'missing rows before this one' }]);
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') throw error;
      });
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });

  it.each([
    ['/api/overview', 'overview.read'],
    ['/api/clients', 'client.list'],
  ])(
    'writes one row for a read of %s, naming every client shown, which each of them sees',
    async (url, event) => {
      const { therapist } = await createPractice();
      const clients = [];
      for (let i = 0; i < 3; i++) clients.push(await createClientInCare(therapist));
      expect((await as(api, await login(api, therapist)).get(url)).statusCode).toBe(200);
      const data = await database();
      const rows: { subject_id: string | null; subject_ids: string[] }[] = await data.query(
        'SELECT subject_id, subject_ids FROM audit_events WHERE actor_id = $1 AND event = $2',
        [therapist.id, event],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.subject_id).toBeNull();
      expect([...rows[0]!.subject_ids].sort()).toEqual(clients.map((c) => c.id).sort());

      for (const client of clients) {
        const session = await login(api, client);
        const log = (await as(api, session).get('/api/me/access-log')).json();
        expect(log.items).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              event,
              actorKind: 'my-therapist',
              actorName: therapist.name,
              basis: 'care-relation',
              outcome: 'success',
            }),
          ]),
        );
        const exported = (await as(api, session).get('/api/me/export')).json();
        expect(exported.accessLog).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ event, who: therapist.name, role: 'therapist' }),
          ]),
        );
      }
      // A client outside the list does not find it in theirs.
      const { therapist: other } = await createPractice();
      const stranger = await createClientInCare(other);
      const theirs = (await as(api, await login(api, stranger)).get('/api/me/access-log')).json();
      expect(theirs.items.some((item: { event: string }) => item.event === event)).toBe(false);
    },
  );

  it("pages through a client's list reads and single reads alike, each once", async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const other = await createClientInCare(therapist);
    const data = await database();
    // Singles and list reads in turns, more than two pages of them.
    for (let round = 0; round < 3; round++) {
      await data.query(
        `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, subject_ids, basis, outcome)
         SELECT $1, $2, 'therapist', 'overview.read', 'read', 'overview', ARRAY[$4::uuid, $3::uuid], 'care-relation', 'success'
           FROM generate_series(1, 20)`,
        [therapist.practiceId, therapist.id, client.id, other.id],
      );
      await data.query(
        `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, object_id, subject_id, basis, outcome)
         SELECT $1, $2, 'therapist', 'client.read', 'read', 'client', $3::text, $3::uuid, 'care-relation', 'success'
           FROM generate_series(1, 20)`,
        [therapist.practiceId, therapist.id, client.id],
      );
    }
    const session = await login(api, client);
    const items: { id: string; event: string; at: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?cursor=${cursor}` : '';
      const page = (await as(api, session).get(`/api/me/access-log${query}`)).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.filter((item) => item.event === 'overview.read')).toHaveLength(60);
    expect(items.filter((item) => item.event === 'client.read')).toHaveLength(60);
    // Newest first across both kinds: the last round's singles lead.
    expect(items.slice(0, 20).every((item) => item.event === 'client.read')).toBe(true);
    expect(items.slice(20, 40).every((item) => item.event === 'overview.read')).toBe(true);
  });

  it('finds a changed subject list of a list read, also one moved into another field', async () => {
    const { therapist } = await createPractice();
    await createClientInCare(therapist);
    const second = await createClientInCare(therapist);
    await as(api, await login(api, therapist)).get('/api/overview');
    const data = await database();
    const [row] = await data.query(
      "SELECT id, seq::text AS seq FROM audit_events WHERE actor_id = $1 AND event = 'overview.read'",
      [therapist.id],
    );
    const tamper = (change: string) =>
      data
        .transaction(async (manager) => {
          await manager.query(
            'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
          );
          await manager.query(`UPDATE audit_events SET ${change} WHERE id = $1`, [row.id]);
          const breaks = await manager.query('SELECT seq::text, problem FROM audit_chain_breaks()');
          throw Object.assign(new Error('rollback'), { breaks });
        })
        .catch((error: Error & { breaks?: unknown }) => {
          if (error.message !== 'rollback') throw error;
          return error.breaks;
        });
    const broken = [{ seq: row.seq, problem: 'content does not match its hash' }];
    // One client taken out of the list: that look would vanish from their log.
    expect(await tamper(`subject_ids = ARRAY['${second.id}'::uuid]`)).toEqual(broken);
    // Another client put in: a look that never happened.
    const { therapist: other } = await createPractice();
    const outsider = await createClientInCare(other);
    expect(await tamper(`subject_ids = array_append(subject_ids, '${outsider.id}'::uuid)`)).toEqual(
      broken,
    );
    // The list dropped and its text hidden in the request id, as the older row text would read.
    expect(
      await tamper(
        "request_id = request_id || '|' || array_to_string(subject_ids, ','), subject_ids = NULL",
      ),
    ).toEqual(broken);
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });

  it('finds a practice chain moved under another chain key', async () => {
    const { therapist } = await createPractice();
    await login(api, therapist);
    const data = await database();
    const rows: { seq: string }[] = await data.query(
      'SELECT seq::text AS seq FROM audit_events WHERE chain_key = $1 ORDER BY chain_pos',
      [therapist.practiceId],
    );
    expect(rows.length).toBeGreaterThan(0);
    await data
      .transaction(async (manager) => {
        await manager.query(
          'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete',
        );
        // Links and hashes stay valid: only the key says which chain the rows are in.
        await manager.query('UPDATE audit_events SET chain_key = $2 WHERE chain_key = $1', [
          therapist.practiceId,
          randomUUID(),
        ]);
        const breaks = await manager.query('SELECT seq::text, problem FROM audit_chain_breaks()');
        expect(breaks).toEqual(
          rows.map((row) => ({ seq: row.seq, problem: 'is not in the chain of its practice' })),
        );
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') throw error;
      });
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });

  it("tells someone who tried another practice's client neither the name nor whether the id exists", async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const { therapist: intruder } = await createPractice();
    const session = await login(api, intruder);
    const refusedRows = async () =>
      (await as(api, session).get('/api/me/access-log'))
        .json()
        .items.filter((item: { outcome: string }) => item.outcome === 'refused');
    expect((await as(api, session).get(`/api/clients/${client.id}/checkins`)).statusCode).toBe(404);
    const afterReal = await refusedRows();
    expect(afterReal).toHaveLength(1);
    expect(afterReal[0].subjectName).toBeNull();
    expect(JSON.stringify(afterReal)).not.toContain(client.name);
    // An id that belongs to nobody leaves the same trace in the caller's log.
    expect((await as(api, session).get(`/api/clients/${randomUUID()}/checkins`)).statusCode).toBe(
      404,
    );
    const afterUnknown = await refusedRows();
    expect(afterUnknown).toHaveLength(2);
    expect(afterUnknown[0]).toMatchObject({
      ...afterReal[0],
      id: afterUnknown[0].id,
      at: afterUnknown[0].at,
    });
  });

  it('shows a client who looked at their data, filterable by period', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    await as(api, await login(api, therapist)).get(`/api/clients/${client.id}`);
    const clientSession = await login(api, client);

    const log = await as(api, clientSession).get('/api/me/access-log');
    expect(log.statusCode).toBe(200);
    expect(log.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: therapist.name,
          actorRole: 'therapist',
          event: 'client.read',
          action: 'read',
        }),
      ]),
    );

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await as(api, clientSession).get(
      `/api/me/access-log?from=${encodeURIComponent(future)}`,
    );
    expect(later.json().items).toEqual([]);
    const badPeriod = await as(api, clientSession).get('/api/me/access-log?from=gisteren');
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().fields[0].field).toBe('from');
  });

  it("puts others' looks and refused attempts first, the client's own actions behind a filter", async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const { therapist: intruder } = await createPractice();
    await as(api, await login(api, therapist)).get(`/api/clients/${client.id}`);
    const tried = await as(api, await login(api, intruder)).get(
      `/api/clients/${client.id}/checkins`,
    );
    expect(tried.statusCode).toBe(404);
    // More of the client's own actions than fit on a page, all after those looks.
    await (
      await database()
    ).query(
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, object_id, subject_id, basis, outcome)
       SELECT $1, $2, 'client', 'checkin.list', 'read', 'checkin', NULL, $2::uuid, 'own-data', 'success' FROM generate_series(1, 60)`,
      [client.practiceId, client.id],
    );
    const session = await login(api, client);

    const first = (await as(api, session).get('/api/me/access-log')).json();
    expect(first.items.some((item: { actorKind: string }) => item.actorKind === 'me')).toBe(false);
    expect(first.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorKind: 'other-practice',
          actorName: null,
          outcome: 'refused',
          objectType: 'checkin',
        }),
        expect.objectContaining({
          actorKind: 'my-therapist',
          actorName: therapist.name,
          event: 'client.read',
        }),
      ]),
    );
    expect(JSON.stringify(first)).not.toContain(intruder.name);

    const all = (await as(api, session).get('/api/me/access-log?own=true')).json();
    expect(all.items).toHaveLength(50);
    expect(all.items.every((item: { actorKind: string }) => item.actorKind === 'me')).toBe(true);
    expect((await as(api, session).get('/api/me/access-log?own=ja')).json().fields[0].field).toBe(
      'own',
    );
  });

  it('shows a therapist their own actions only', async () => {
    const { therapist } = await createPractice();
    const { therapist: other } = await createPractice();
    const client = await createClientInCare(therapist);
    await as(api, await login(api, therapist)).get(`/api/clients/${client.id}`);
    const log = await as(api, await login(api, other)).get('/api/me/access-log');
    expect(
      log.json().items.every((item: { actorName: string }) => item.actorName === other.name),
    ).toBe(true);
  });

  it('pages through the log with a cursor', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(api, therapist);
    for (let i = 0; i < 3; i++) await as(api, session).get(`/api/clients/${client.id}`);
    const clientSession = await login(api, client);
    const data = await database();
    // Make the log longer than one page without 50 HTTP calls.
    await data.query(
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, object_id, subject_id, basis, outcome)
       SELECT $1, $2, 'therapist', 'client.read', 'read', 'client', $3::text, $3::uuid, 'care-relation', 'success' FROM generate_series(1, 55)`,
      [therapist.practiceId, therapist.id, client.id],
    );
    const first = (await as(api, clientSession).get('/api/me/access-log')).json();
    expect(first.items).toHaveLength(50);
    const second = (
      await as(api, clientSession).get(`/api/me/access-log?cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.length).toBeGreaterThan(0);
    const ids = new Set([...first.items, ...second.items].map((item: { id: string }) => item.id));
    expect(ids.size).toBe(first.items.length + second.items.length);
    expect((await as(api, clientSession).get('/api/me/access-log?cursor=bogus')).statusCode).toBe(
      400,
    );
  });
});
