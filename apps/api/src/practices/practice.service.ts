import { HttpStatus, Injectable } from '@nestjs/common';
import type { Colleague, Practice } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import type { UpdatePracticeDto } from './dto/update-practice.dto';

interface Row {
  id: string;
  name: string;
  phone: string | null;
  crisis_text: string | null;
  version: number;
}

const toPractice = (row: Row): Practice => ({
  id: row.id,
  name: row.name,
  phone: row.phone,
  crisisText: row.crisis_text,
  version: row.version,
});

@Injectable()
export class PracticeService {
  constructor(private readonly dataSource: DataSource) {}

  /** Everyone in a practice sees its contact details; clients see them next to the 113 help. */
  async get(user: AuthUser): Promise<Practice> {
    const [row] = await this.dataSource.query(
      'SELECT id, name, phone, crisis_text, version FROM practices WHERE id = $1',
      [user.practiceId],
    );
    return toPractice(row);
  }

  /** The other therapists of the practice; for the owner only. */
  async colleagues(user: AuthUser): Promise<Colleague[]> {
    if (user.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    return this.dataSource.query(
      `SELECT id, name, email FROM users
        WHERE practice_id = $1 AND role = 'therapist' AND id <> $2 AND deleted_at IS NULL AND NOT is_demo
        ORDER BY name, id LIMIT 500`,
      [user.practiceId, user.id],
    );
  }

  /** Only the owner edits; a stale version gets 409, never a silent overwrite. */
  async update(user: AuthUser, dto: UpdatePracticeDto): Promise<Practice> {
    if (user.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    // For UPDATE, TypeORM answers [rows, affected count].
    const [rows]: [Row[], number] = await this.dataSource.query(
      `UPDATE practices SET
         name = COALESCE($3, name),
         phone = CASE WHEN $4 THEN $5 ELSE phone END,
         crisis_text = CASE WHEN $6 THEN $7 ELSE crisis_text END,
         version = version + 1
       WHERE id = $1 AND version = $2
       RETURNING id, name, phone, crisis_text, version`,
      [
        user.practiceId,
        dto.version,
        dto.name ?? null,
        dto.phone !== undefined,
        dto.phone || null,
        dto.crisisText !== undefined,
        dto.crisisText || null,
      ],
    );
    if (rows.length === 0) throw new StaleWriteException(await this.get(user));
    return toPractice(rows[0]!);
  }
}
