import { pendingSchemaChanges } from '../src/database/migrate';
import { testDatabaseUrl } from './support/test-app';

describe('migrations', () => {
  it('bring the database exactly to what the entities describe', async () => {
    // When this fails, an entity changed without a migration (or the other way round):
    // write the migration for the SQL listed here.
    expect(await pendingSchemaChanges(testDatabaseUrl())).toEqual([]);
  });
});
