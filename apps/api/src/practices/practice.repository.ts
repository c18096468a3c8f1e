import { Injectable } from '@nestjs/common';
import type { Colleague } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';

/** A practice's contact details as everyone in it sees them. */
export interface PracticeRow {
  id: string;
  name: string;
  phone: string | null;
  crisis_text: string | null;
  version: number;
}

const COLUMNS = 'id, name, phone, crisis_text, version';

/** The SQL of `practices` and of who works in one. Every method names the practice. */
@Injectable()
export class PracticeRepository {
  async get(manager: EntityManager, practiceId: string): Promise<PracticeRow | undefined> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM practices WHERE id = $1`, [
      practiceId,
    ]);
    return row;
  }

  /** The practice's therapists other than `exceptUserId`, by name (demo accounts left out). */
  colleagues(
    manager: EntityManager,
    practiceId: string,
    exceptUserId: string,
  ): Promise<Colleague[]> {
    return manager.query(
      `SELECT id, name, email FROM users
        WHERE practice_id = $1 AND role = 'therapist' AND id <> $2 AND deleted_at IS NULL AND NOT is_demo
        ORDER BY name, id LIMIT 500`,
      [practiceId, exceptUserId],
    );
  }

  /**
   * Writes the fields given (a null phone or crisis text clears it) when the version still is
   * `version`; undefined when it is not (a stale write).
   */
  async update(
    manager: EntityManager,
    practiceId: string,
    version: number,
    change: { name?: string; phone?: string | null; crisisText?: string | null },
  ): Promise<PracticeRow | undefined> {
    // For UPDATE, TypeORM answers [rows, affected count].
    const [rows]: [PracticeRow[], number] = await manager.query(
      `UPDATE practices SET
         name = COALESCE($3, name),
         phone = CASE WHEN $4 THEN $5 ELSE phone END,
         crisis_text = CASE WHEN $6 THEN $7 ELSE crisis_text END,
         version = version + 1
       WHERE id = $1 AND version = $2
       RETURNING ${COLUMNS}`,
      [
        practiceId,
        version,
        change.name ?? null,
        change.phone !== undefined,
        change.phone || null,
        change.crisisText !== undefined,
        change.crisisText || null,
      ],
    );
    return rows[0];
  }
}
