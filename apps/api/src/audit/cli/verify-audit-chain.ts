import 'reflect-metadata';
import { Client } from 'pg';
import { ConfigError, loadConfig } from '../../config/app-config';
import { EmbeddedPostgres } from '../../database/embedded-postgres';

/**
 * Checks the audit log's hash chain: every row must link to the one before it and match its
 * own hash. Exits 0 when intact, 1 (listing the broken rows) when not.
 * Usage: npm run audit:verify   (uses DATABASE_URL, or the built-in PostgreSQL in .data/)
 */
async function main(): Promise<number> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const local = new EmbeddedPostgres({ dataDir: config.dataDir, database: 'oefenruimte' });
    url = await local.runningUrl();
    if (!url) {
      embedded = local;
      url = await local.start();
    }
  }
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const [{ count }] = (await client.query('SELECT count(*)::text AS count FROM audit_events'))
      .rows;
    const breaks = (
      await client.query('SELECT seq::text AS seq, problem FROM audit_chain_breaks()')
    ).rows;
    if (breaks.length === 0) {
      process.stdout.write(`Audit log intact: ${count} rows, every link checked.\n`);
      return 0;
    }
    process.stdout.write(`Audit log BROKEN at ${breaks.length} of ${count} rows:\n`);
    for (const row of breaks) process.stdout.write(`  row ${row.seq}: ${row.problem}\n`);
    return 1;
  } finally {
    await client.end().catch(() => undefined);
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof ConfigError
        ? `invalid configuration: ${error.message}`
        : (error as Error).message;
    process.stderr.write(`audit:verify: ${message}\n`);
    process.exit(2);
  },
);
