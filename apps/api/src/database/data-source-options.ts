import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through reviewed migrations; a test checks they match the entities.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // UUIDs come from gen_random_uuid(), built into PostgreSQL 13+: no extension to install,
    // so the app also runs as a database user without superuser rights.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: 10,
      // Fail fast when the database is gone, so health turns red instead of hanging.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    },
  };
}
