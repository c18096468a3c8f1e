import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { setMigrationEncryptionKey } from './migration-context';

/**
 * Runs the pending migrations, each in its own transaction; returns their names. The key is
 * for migrations that seal existing secrets (see migration-context.ts).
 */
export async function runMigrations(
  url: string,
  options: { encryptionKey?: Buffer } = {},
): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  setMigrationEncryptionKey(options.encryptionKey);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    setMigrationEncryptionKey(undefined);
    await dataSource.destroy();
  }
}

/**
 * The SQL that would bring the database in line with the entities. Empty when the migrations
 * and the entities agree; the test suite fails on anything else.
 */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}
