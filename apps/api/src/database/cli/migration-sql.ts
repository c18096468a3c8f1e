import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../embedded-postgres';
import { pendingSchemaChanges, runMigrations } from '../migrate';

/**
 * Prints the SQL that would bring a freshly migrated database in line with the entities: the
 * starting point for a new migration, to be read and reviewed, never applied blindly.
 * Usage: npm run migration:sql
 */
async function main(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-migration-sql-')),
    database: 'scratch',
    ephemeral: true,
  });
  try {
    const url = await postgres.start();
    await runMigrations(url);
    const statements = await pendingSchemaChanges(url);
    process.stdout.write(
      statements.length === 0
        ? '-- The migrations match the entities: nothing to do.\n'
        : statements.map((sql) => `${sql};`).join('\n') + '\n',
    );
  } finally {
    await postgres.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migration-sql: ${(error as Error).message}\n`);
  process.exit(1);
});
