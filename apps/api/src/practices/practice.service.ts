import { HttpStatus, Injectable } from '@nestjs/common';
import type { Colleague, Practice } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import type { UpdatePracticeDto } from './dto/update-practice.dto';
import { type PracticeRow, PracticeRepository } from './practice.repository';

const toPractice = (row: PracticeRow): Practice => ({
  id: row.id,
  name: row.name,
  phone: row.phone,
  crisisText: row.crisis_text,
  version: row.version,
});

@Injectable()
export class PracticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
  ) {}

  /** Everyone in a practice sees its contact details; clients see them next to the 113 help. */
  async get(user: AuthUser): Promise<Practice> {
    const row = await this.practices.get(this.dataSource.manager, user.practiceId);
    return toPractice(row!);
  }

  /** The other therapists of the practice; for the owner only. */
  async colleagues(user: AuthUser): Promise<Colleague[]> {
    if (user.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    return this.practices.colleagues(this.dataSource.manager, user.practiceId, user.id);
  }

  /** Only the owner edits; a stale version gets 409, never a silent overwrite. */
  async update(user: AuthUser, dto: UpdatePracticeDto): Promise<Practice> {
    if (user.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    const row = await this.practices.update(
      this.dataSource.manager,
      user.practiceId,
      dto.version,
      dto,
    );
    if (!row) throw new StaleWriteException(await this.get(user));
    return toPractice(row);
  }
}
