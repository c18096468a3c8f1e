import { HttpStatus, Injectable } from '@nestjs/common';
import {
  type Checkin,
  type CheckinPreferences,
  INITIAL_SHARE_STATE,
  initialShareState,
  signalsDanger,
} from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import { todayInAmsterdam, toCheckin } from './checkin-rows';
import { CheckinsRepository } from './checkins.repository';
import type {
  CheckinPreferencesDto,
  CreateCheckinDto,
  PeriodQueryDto,
  UpdateCheckinDto,
} from './dto/checkin.dto';

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
    private readonly access: AccessService,
    private readonly checkins: CheckinsRepository,
  ) {}

  async create(user: AuthUser, dto: CreateCheckinDto, meta: RequestMeta): Promise<Checkin> {
    assertNotFuture(dto.day);
    const { idempotencyKey, ...fields } = dto;
    const bodyHash = createHash('sha256').update(JSON.stringify(fields)).digest();
    const created = await this.access.withOwnData(
      user,
      { event: 'checkin.create', objectType: 'checkin', meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const previous = await this.checkins.bySubmitKey(
          manager,
          practiceId,
          clientId,
          idempotencyKey,
        );
        if (previous) {
          if (!Buffer.from(previous.submitHash).equals(bodyHash)) {
            throw new CodedHttpException(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED');
          }
          return toCheckin(previous);
        }
        const shared =
          fields.shared ??
          initialShareState((await this.preferences(user, manager)).shareByDefault);
        const row = await this.checkins.insert(
          manager,
          practiceId,
          clientId,
          {
            day: fields.day,
            tension: fields.tension ?? null,
            mood: fields.mood ?? null,
            energy: fields.energy ?? null,
            sleep: fields.sleep ?? null,
            window: fields.window ?? null,
            bodySignals: fields.bodySignals ?? [],
            note: fields.note || null,
            items: fields.items ?? {},
            safetyConcern: fields.safetyConcern ?? null,
            danger: signalsDanger(fields),
            shared,
            discuss: fields.discuss ?? false,
          },
          { key: idempotencyKey, hash: bodyHash },
        );
        // A concurrent retry with the same key won the race: answer with what it stored.
        if (!row) return null;
        await recordSuccess({ action: 'create', objectId: row.id });
        return toCheckin(row);
      },
    );
    return created ?? this.create(user, dto, meta);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateCheckinDto,
    meta: RequestMeta,
  ): Promise<Checkin> {
    assertNotFuture(dto.day);
    return this.access.withOwnData(
      user,
      { event: 'checkin.update', objectType: 'checkin', meta },
      async ({ manager, owner, recordSuccess }) => {
        const { practiceId, clientId } = owner;
        const current = await this.checkins.ownForUpdate(manager, practiceId, clientId, id);
        if (!current) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (current.version !== dto.version) throw new StaleWriteException(toCheckin(current));
        const next = {
          day: dto.day ?? current.day,
          tension: dto.tension !== undefined ? dto.tension : current.tension,
          mood: dto.mood !== undefined ? dto.mood : current.mood,
          energy: dto.energy !== undefined ? dto.energy : current.energy,
          sleep: dto.sleep !== undefined ? dto.sleep : current.sleep,
          window: dto.window !== undefined ? dto.window : current.window,
          bodySignals: dto.bodySignals ?? current.bodySignals,
          note: dto.note !== undefined ? dto.note || null : current.note,
          items: dto.items ? { ...current.items, ...dto.items } : current.items,
          safetyConcern:
            dto.safetyConcern !== undefined ? dto.safetyConcern : current.safetyConcern,
          shared: dto.shared ?? current.shared,
          discuss: dto.discuss ?? current.discuss,
        };
        const row = await this.checkins.update(manager, practiceId, clientId, id, {
          ...next,
          danger: signalsDanger(next),
        });
        const event =
          dto.shared === false && current.shared
            ? 'checkin.unshare'
            : dto.shared && !current.shared
              ? 'checkin.share'
              : 'checkin.update';
        await recordSuccess({ event, action: 'update', objectId: id });
        return toCheckin(row!);
      },
    );
  }

  async list(user: AuthUser, query: PeriodQueryDto, meta: RequestMeta): Promise<Checkin[]> {
    return this.access.withOwnData(
      user,
      { event: 'checkin.list', objectType: 'checkin', meta },
      async ({ manager, owner, recordSuccess }) => {
        const rows = await this.checkins.listOwn(manager, owner.practiceId, owner.clientId, query);
        await recordSuccess({ action: 'read' });
        return rows.map(toCheckin);
      },
    );
  }

  async preferences(
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CheckinPreferences> {
    const stored = await this.checkins.preferences(manager, user.practiceId, user.id);
    return {
      shareByDefault: stored?.shareByDefault ?? INITIAL_SHARE_STATE,
      showPrivateCount: stored?.showPrivateCount ?? false,
    };
  }

  async setPreferences(
    user: AuthUser,
    dto: CheckinPreferencesDto,
    meta: RequestMeta,
  ): Promise<CheckinPreferences> {
    const preferences = {
      shareByDefault: dto.shareByDefault,
      showPrivateCount: dto.showPrivateCount,
    };
    return this.access.withOwnData(
      user,
      { event: 'checkin.preferences', objectType: 'checkin', meta },
      async ({ manager, owner, recordSuccess }) => {
        await this.checkins.setPreferences(manager, owner.practiceId, owner.clientId, preferences);
        await recordSuccess({ action: 'update' });
        return preferences;
      },
    );
  }
}
