import type { DataSource } from 'typeorm';

/** A login the start banner prints for the local demo. */
export interface DemoLogin {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

/**
 * Fills an empty database with a demo practice for the local two-command start. Idempotent:
 * running it again changes nothing. The accounts capability adds the therapist and clients.
 */
export async function runDemoSeed(_dataSource: DataSource): Promise<DemoLogin[]> {
  return [];
}
