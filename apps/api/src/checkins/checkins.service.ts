import { HttpStatus, Injectable } from '@nestjs/common';
import {
  type Checkin,
  type CheckinPreferences,
  INITIAL_SHARE_STATE,
  initialShareState,
} from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import {
  CHECKIN_COLUMNS,
  type CheckinRow,
  signalsDanger,
  todayInAmsterdam,
  toCheckin,
} from './checkin-rows';
import type {
  CheckinPreferencesDto,
  CreateCheckinDto,
  PeriodQueryDto,
  UpdateCheckinDto,
} from './dto/checkin.dto';

/** The most check-ins one list returns: a year of several a day. */
const LIST_LIMIT = 1500;

function assertNotFuture(day: string | undefined): void {
  if (day && day > todayInAmsterdam()) {
    throw new ValidationFailedException([
      { field: 'day', constraint: 'notInFuture', message: 'day must be today or earlier' },
    ]);
  }
}

/**
 * The client's own check-ins: private by default (or by the client's own default), shared per
 * check-in, a share taken back on the next request. Submits are idempotent; edits use versions.
 */
@Injectable()
export class CheckinsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreateCheckinDto, meta: RequestMeta): Promise<Checkin> {
    assertNotFuture(dto.day);
    const { idempotencyKey, ...fields } = dto;
    const bodyHash = createHash('sha256').update(JSON.stringify(fields)).digest();
    return this.dataSource.transaction(async (manager) => {
      const [previous]: (CheckinRow & { submit_hash: Buffer })[] = await manager.query(
        `SELECT ${CHECKIN_COLUMNS}, c.submit_hash FROM checkins c WHERE c.client_id = $1 AND c.submit_key = $2`,
        [user.id, idempotencyKey],
      );
      if (previous) {
        if (!Buffer.from(previous.submit_hash).equals(bodyHash)) {
          throw new CodedHttpException(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED');
        }
        return toCheckin(previous);
      }
      const shared =
        fields.shared ?? initialShareState((await this.preferences(user, manager)).shareByDefault);
      const [row]: CheckinRow[] = await manager.query(
        `INSERT INTO checkins AS c (practice_id, client_id, day, tension, mood, energy, sleep, "window", body_signals, note, items,
                                    safety_concern, danger, shared, shared_at, discuss, submit_key, submit_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CASE WHEN $14 THEN now() END, $15, $16, $17)
         ON CONFLICT (client_id, submit_key) DO NOTHING
         RETURNING ${CHECKIN_COLUMNS}`,
        [
          user.practiceId,
          user.id,
          fields.day,
          fields.tension ?? null,
          fields.mood ?? null,
          fields.energy ?? null,
          fields.sleep ?? null,
          fields.window ?? null,
          fields.bodySignals ?? [],
          fields.note || null,
          fields.items ?? {},
          fields.safetyConcern ?? null,
          signalsDanger(fields),
          shared,
          fields.discuss ?? false,
          idempotencyKey,
          bodyHash,
        ],
      );
      // A concurrent retry with the same key won the race: answer with what it stored.
      if (!row) return this.create(user, dto, meta);
      await this.auditOwn(user, 'checkin.create', 'create', row.id, meta, manager);
      return toCheckin(row);
    });
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateCheckinDto,
    meta: RequestMeta,
  ): Promise<Checkin> {
    assertNotFuture(dto.day);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.own(user, id, manager, true);
      if (current.version !== dto.version) throw new StaleWriteException(toCheckin(current));
      const next = {
        day: dto.day ?? current.day,
        tension: dto.tension !== undefined ? dto.tension : current.tension,
        mood: dto.mood !== undefined ? dto.mood : current.mood,
        energy: dto.energy !== undefined ? dto.energy : current.energy,
        sleep: dto.sleep !== undefined ? dto.sleep : current.sleep,
        window: dto.window !== undefined ? dto.window : current.window,
        bodySignals: dto.bodySignals ?? current.body_signals,
        note: dto.note !== undefined ? dto.note || null : current.note,
        items: dto.items ? { ...current.items, ...dto.items } : current.items,
        safetyConcern: dto.safetyConcern !== undefined ? dto.safetyConcern : current.safety_concern,
        shared: dto.shared ?? current.shared,
        discuss: dto.discuss ?? current.discuss,
      };
      const [[row]]: [CheckinRow[], number] = await manager.query(
        `UPDATE checkins c SET day = $2, tension = $3, mood = $4, energy = $5, sleep = $6, "window" = $7, body_signals = $8,
                note = $9, items = $10, safety_concern = $11, danger = $12, shared = $13,
                shared_at = CASE WHEN $13 AND NOT c.shared THEN now() WHEN NOT $13 THEN NULL ELSE c.shared_at END,
                discuss = $14, version = c.version + 1, updated_at = now()
          WHERE c.id = $1 RETURNING ${CHECKIN_COLUMNS}`,
        [
          id,
          next.day,
          next.tension,
          next.mood,
          next.energy,
          next.sleep,
          next.window,
          next.bodySignals,
          next.note,
          next.items,
          next.safetyConcern,
          signalsDanger(next),
          next.shared,
          next.discuss,
        ],
      );
      const event =
        dto.shared === false && current.shared
          ? 'checkin.unshare'
          : dto.shared && !current.shared
            ? 'checkin.share'
            : 'checkin.update';
      await this.auditOwn(user, event, 'update', id, meta, manager);
      return toCheckin(row!);
    });
  }

  async list(user: AuthUser, query: PeriodQueryDto, meta: RequestMeta): Promise<Checkin[]> {
    const rows: CheckinRow[] = await this.dataSource.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2
          AND ($3::date IS NULL OR c.day >= $3) AND ($4::date IS NULL OR c.day <= $4)
        ORDER BY c.day, c.created_at LIMIT ${LIST_LIMIT}`,
      [user.practiceId, user.id, query.from ?? null, query.to ?? null],
    );
    await this.auditOwn(user, 'checkin.list', 'read', null, meta);
    return rows.map(toCheckin);
  }

  async preferences(
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CheckinPreferences> {
    const [row] = await manager.query(
      'SELECT share_by_default, show_private_count FROM client_preferences WHERE client_id = $1',
      [user.id],
    );
    return {
      shareByDefault: row?.share_by_default ?? INITIAL_SHARE_STATE,
      showPrivateCount: row?.show_private_count ?? false,
    };
  }

  async setPreferences(
    user: AuthUser,
    dto: CheckinPreferencesDto,
    meta: RequestMeta,
  ): Promise<CheckinPreferences> {
    await this.dataSource.query(
      `INSERT INTO client_preferences (client_id, share_by_default, show_private_count) VALUES ($1, $2, $3)
       ON CONFLICT (client_id) DO UPDATE SET share_by_default = $2, show_private_count = $3`,
      [user.id, dto.shareByDefault, dto.showPrivateCount],
    );
    await this.auditOwn(user, 'checkin.preferences', 'update', null, meta);
    return { shareByDefault: dto.shareByDefault, showPrivateCount: dto.showPrivateCount };
  }

  private async own(
    user: AuthUser,
    id: string,
    manager: EntityManager,
    lock: boolean,
  ): Promise<CheckinRow> {
    const [row]: CheckinRow[] = await manager.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c WHERE c.id = $1 AND c.client_id = $2 AND c.practice_id = $3 ${lock ? 'FOR UPDATE' : ''}`,
      [id, user.id, user.practiceId],
    );
    if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    return row;
  }

  private auditOwn(
    user: AuthUser,
    event: string,
    action: 'read' | 'create' | 'update',
    objectId: string | null,
    meta: RequestMeta,
    manager?: EntityManager,
  ) {
    return this.audit.record(
      {
        actor: user,
        event,
        action,
        objectType: 'checkin',
        objectId,
        subjectId: user.id,
        basis: 'own-data',
        outcome: 'success',
        meta,
      },
      manager,
    );
  }
}
