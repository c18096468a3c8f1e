import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Serialises "use the setup code" so two people cannot both become the first owner. */
const SETUP_LOCK = 7_346_201;

/** The SQL of `setup_codes` (install-wide, no practice yet), in the caller's transaction. */
@Injectable()
export class SetupCodesRepository {
  /** Held until the transaction ends: setup codes are issued and used one at a time. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
  }

  /** A real (non-demo) therapist exists: the install has its practice. */
  async hasPractice(manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM users WHERE role = 'therapist' AND NOT is_demo AND deleted_at IS NULL LIMIT 1`,
    );
    return rows.length > 0;
  }

  /** Ends every unused code and stores the new one's hash. */
  async replace(manager: EntityManager, codeHash: Buffer, validHours: number): Promise<void> {
    await manager.query('UPDATE setup_codes SET used_at = now() WHERE used_at IS NULL');
    await manager.query(
      `INSERT INTO setup_codes (code_hash, expires_at) VALUES ($1, now() + make_interval(hours => $2))`,
      [codeHash, validHours],
    );
  }

  /** Uses up the code with this hash; false when none is unused and in time. */
  async use(manager: EntityManager, codeHash: Buffer): Promise<boolean> {
    const [, used] = await manager.query(
      `UPDATE setup_codes SET used_at = now()
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [codeHash],
    );
    return used > 0;
  }
}
