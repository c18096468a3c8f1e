import { DataSource } from 'typeorm';
import {
  as,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
} from './support/factories';
import { countQueries } from './support/query-counter';
import { startTestApp, type TestApp } from './support/test-app';

describe("the overview's safety part on real-shaped data", () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('reads unseen danger check-ins through the partial index, not every shared check-in', async () => {
    // 40 clients with a year of daily check-ins each, a third shared, danger rare: as measured.
    const { therapist } = await createPractice();
    const data = await database();
    const clientIds: string[] = [];
    for (let i = 0; i < 40; i++) {
      const client = await createClientInCare(therapist);
      clientIds.push(client.id);
      await data.query(
        `INSERT INTO checkins (practice_id, client_id, day, tension, shared, shared_at, danger, submit_key, submit_hash)
         SELECT $1, $2, current_date - d, (d % 11), d % 3 = 0, CASE WHEN d % 3 = 0 THEN now() END,
                d % 90 = 0, 'year-' || d, '\\x00'
           FROM generate_series(0, 364) AS d`,
        [therapist.practiceId, client.id],
      );
    }
    await data.query('ANALYZE checkins');

    // The statement the overview really sends, with the parameters it sends it with.
    const session = await login(api, therapist);
    const { result, queries } = await countQueries(api.app.get(DataSource), () =>
      as(api, session).get('/api/overview'),
    );
    expect(result.statusCode).toBe(200);
    const safety = queries.filter((query) => /c\.shared AND c\.danger/.test(query));
    expect(safety).toHaveLength(1);

    const [{ 'QUERY PLAN': plan }] = await data.query(`EXPLAIN (FORMAT JSON) ${safety[0]}`, [
      therapist.practiceId,
      clientIds,
      therapist.id,
    ]);
    const scans = JSON.stringify(plan);
    expect(scans).toContain('"Index Name":"checkins_shared_danger_idx"');
    expect(scans).not.toContain('"Index Name":"checkins_shared_idx"');
  });
});
