import type { EmbeddedPostgres } from '../../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_POSTGRES__?: EmbeddedPostgres }).__TEST_POSTGRES__?.destroy();
}
