import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * "The person's own mailbox": the app keeps every mail in its outbox table and, outside the
 * demo accounts, never shows it over HTTP. A journey reads it straight from the journeys'
 * built-in PostgreSQL, as the person would read their own mail.
 */
export async function waitForMail(to: string, subject: string): Promise<string> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir)
    throw new Error('E2E_DATA_DIR is not set: run the journeys through `npm run test:e2e`');
  const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3];
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/oefenruimte`,
  });
  await client.connect();
  try {
    // Mail is written just after the answer; wait for it as a person waits for mail to arrive.
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await client.query(
        'SELECT text FROM outbox_mails WHERE to_address = $1 AND subject = $2 ORDER BY created_at DESC LIMIT 1',
        [to, subject],
      );
      if (rows[0]) return rows[0].text as string;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no mail "${subject}" for ${to}`);
  } finally {
    await client.end();
  }
}
