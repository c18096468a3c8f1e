import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { TEST_ENCRYPTION_KEY } from './test-app';

/**
 * One real PostgreSQL per test run, migrated once. Each test makes its own practice and
 * people through the factories, so tests never share rows.
 */
export default async function globalSetup(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-test-')),
    database: 'oefenruimte_test',
    ephemeral: true,
  });
  const url = await postgres.start();
  await runMigrations(url, { encryptionKey: TEST_ENCRYPTION_KEY });
  process.env.TEST_DATABASE_URL = url;
  Object.assign(globalThis, { __TEST_POSTGRES__: postgres });
}
