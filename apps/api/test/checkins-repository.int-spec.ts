import { DataSource } from 'typeorm';
import { CheckinsRepository } from '../src/checkins/checkins.repository';
import {
  closeDatabase,
  createCheckin,
  createClientInCare,
  createPractice,
  database,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The repository's methods in three groups. A therapist's use case may call only THERAPIST;
 * a new method must be put in one group (the first test says so) and, when it is a therapist's,
 * it is run by the share tests below with a private check-in and a foreign practice.
 */
const OWN = [
  'bySubmitKey',
  'insert',
  'ownForUpdate',
  'update',
  'listOwn',
  'preferences',
  'setPreferences',
];
const THERAPIST = [
  'sharedFor',
  'privateCountShared',
  'markSharedSeen',
  'unseenSharedDanger',
  'sharedSummary',
  'sharedLatestRuns',
];
const RIGHTS = ['exportFor', 'deleteFor'];

describe('the check-in repository: what a therapist can reach', () => {
  let api: TestApp;
  let repository: CheckinsRepository;
  let dataSource: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    repository = api.app.get(CheckinsRepository);
    dataSource = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  /** Every therapist-side method, called for one client with the given practice id. */
  const therapistSide = (
    practiceId: string,
    clientId: string,
    therapistId: string,
    checkinId: string,
  ) => {
    const m = dataSource.manager;
    const calls: Record<string, () => Promise<unknown>> = {
      sharedFor: () => repository.sharedFor(m, practiceId, clientId, therapistId, {}),
      privateCountShared: () => repository.privateCountShared(m, practiceId, clientId, {}),
      markSharedSeen: () =>
        repository.markSharedSeen(m, practiceId, clientId, therapistId, checkinId),
      unseenSharedDanger: () =>
        repository.unseenSharedDanger(m, practiceId, [clientId], therapistId),
      sharedSummary: () => repository.sharedSummary(m, practiceId, [clientId]),
      sharedLatestRuns: () =>
        repository.sharedLatestRuns(m, practiceId, [clientId], { recentDays: 7, runDays: 3 }),
    };
    return calls;
  };

  it('puts every method in one group: the client’s own, the therapist’s, the client’s rights', () => {
    const methods = Object.getOwnPropertyNames(CheckinsRepository.prototype).filter(
      (name) => name !== 'constructor',
    );
    expect([...methods].sort()).toEqual([...OWN, ...THERAPIST, ...RIGHTS].sort());
    expect(Object.keys(therapistSide('', '', '', '')).sort()).toEqual([...THERAPIST].sort());
  });

  it('checkins: a private check-in never comes back from any therapist-side method', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const shared = await createCheckin(client, { shared: true, danger: true, tension: 10 });
    const hidden = await createCheckin(client, { shared: false, danger: true, tension: 10 });

    for (const [name, call] of Object.entries(
      therapistSide(client.practiceId, client.id, therapist.id, hidden),
    )) {
      expect(`${name}: ${JSON.stringify(await call())}`).not.toContain(hidden);
    }
    const m = dataSource.manager;
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    expect(
      ids(await repository.sharedFor(m, client.practiceId, client.id, therapist.id, {})),
    ).toEqual([shared]);
    expect(
      ids(await repository.unseenSharedDanger(m, client.practiceId, [client.id], therapist.id)),
    ).toEqual([shared]);
    const [summary] = await repository.sharedSummary(m, client.practiceId, [client.id]);
    expect(summary!.recent).toBe(1);
    // Marking the private one seen finds nothing and stores nothing.
    expect(
      await repository.markSharedSeen(m, client.practiceId, client.id, therapist.id, hidden),
    ).toBe(false);
    expect(await m.query('SELECT 1 FROM checkin_seen WHERE checkin_id = $1', [hidden])).toEqual([]);
  });

  it('checkins, checkin_seen, client_preferences: a foreign practice id returns nothing', async () => {
    const { therapist } = await createPractice();
    const { practiceId: foreign } = await createPractice();
    const client = await createClientInCare(therapist);
    const shared = await createCheckin(client, { shared: true, danger: true, tension: 10 });
    await createCheckin(client, { shared: false });
    const m = dataSource.manager;
    await repository.setPreferences(m, client.practiceId, client.id, {
      shareByDefault: true,
      showPrivateCount: true,
    });

    // checkin_seen: a mark under another practice is refused and stores nothing.
    const results = Object.fromEntries(
      await Promise.all(
        Object.entries(therapistSide(foreign, client.id, therapist.id, shared)).map(
          async ([name, call]) => [name, await call()] as const,
        ),
      ),
    );
    expect(results).toEqual({
      sharedFor: [],
      privateCountShared: null,
      markSharedSeen: false,
      unseenSharedDanger: [],
      sharedSummary: [],
      sharedLatestRuns: [],
    });
    expect(await m.query('SELECT 1 FROM checkin_seen WHERE checkin_id = $1', [shared])).toEqual([]);
    // client_preferences: the client's own practice reads them, another does not.
    expect(await repository.preferences(m, foreign, client.id)).toBeNull();
    expect(await repository.privateCountShared(m, client.practiceId, client.id, {})).toBe(1);
    expect(await repository.exportFor(m, foreign, client.id)).toEqual([]);

    // The same calls with the right practice do reach the shared check-in (the test is not empty).
    expect(
      await repository.markSharedSeen(m, client.practiceId, client.id, therapist.id, shared),
    ).toBe(true);
    const [seen] = await (
      await database()
    ).query('SELECT practice_id FROM checkin_seen WHERE checkin_id = $1', [shared]);
    expect(seen.practice_id).toBe(client.practiceId);
    const [row] = await repository.sharedFor(m, client.practiceId, client.id, therapist.id, {});
    expect(row).toMatchObject({ id: shared, seen: true });
    expect(
      await repository.unseenSharedDanger(m, client.practiceId, [client.id], therapist.id),
    ).toEqual([]);
  });
});
