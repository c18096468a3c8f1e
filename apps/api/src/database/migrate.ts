import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Runs the pending migrations, each in its own transaction; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
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
