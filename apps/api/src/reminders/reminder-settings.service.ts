import { Inject, Injectable } from '@nestjs/common';
import {
  ALL_DAYS,
  DEFAULT_TIME_ZONE,
  DEVICE_FAILING_AFTER,
  type DeliveryHistory,
  type PushDevice,
  REMINDER_KINDS,
  type ReminderChannel,
  type Reminder,
  type ReminderSettings,
  minutesToTime,
  timeToMinutes,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../jobs/clock';
import type { PushSubscriptionDto, ReminderSettingsDto } from './dto/reminders.dto';
import { isTimeZone, nextOccurrence } from './occurrence';
import { ReminderDelivery } from './reminder-delivery.service';
import {
  ReminderSuggestionsRepository,
  type SuggestionRow,
} from './reminder-suggestions.repository';
import { type DeviceRow, type ReminderRow, RemindersRepository } from './reminders.repository';

/** Until the client chooses: off, 20:00, every day. Nothing is on by default. */
const DEFAULT_MINUTE = 20 * 60;

/** The client's own reminder settings, devices and delivery history; every read and write audited. */
@Injectable()
export class ReminderSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RemindersRepository,
    private readonly suggestions: ReminderSuggestionsRepository,
    private readonly audit: AuditService,
    private readonly delivery: ReminderDelivery,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(user: AuthUser, meta: RequestMeta): Promise<ReminderSettings> {
    const settings = await this.view(user);
    await this.record(user, meta, 'reminders.read', 'read', 'reminder-settings');
    return settings;
  }

  private async view(user: AuthUser): Promise<ReminderSettings> {
    const [settings, rows, suggestions] = await Promise.all([
      this.repository.settings(user.practiceId, user.id),
      this.repository.reminders(user.practiceId, user.id),
      this.suggestions.pending(user.practiceId, user.id),
    ]);
    const paused = settings?.paused ?? false;
    const reminders: Reminder[] = REMINDER_KINDS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      return {
        kind,
        enabled: row?.enabled ?? false,
        channel: row?.channel ?? 'push',
        time: minutesToTime(row?.minute_of_day ?? DEFAULT_MINUTE),
        days: row?.days ?? [...ALL_DAYS],
        nextAt: row?.enabled && !paused && row.next_at ? row.next_at.toISOString() : null,
      };
    });
    return {
      paused,
      timeZone: settings?.time_zone ?? DEFAULT_TIME_ZONE,
      quietStart: settings?.quiet_start == null ? null : minutesToTime(settings.quiet_start),
      quietEnd: settings?.quiet_end == null ? null : minutesToTime(settings.quiet_end),
      showDetails: settings?.show_details ?? false,
      reminders,
      suggestions: suggestions.map((row) => ({
        id: row.id,
        assignmentId: row.assignment_id,
        moduleTitle: row.module_title,
        therapistName: row.therapist_name,
        time: minutesToTime(row.minute_of_day),
        days: row.days,
        createdAt: row.created_at.toISOString(),
      })),
    };
  }

  /**
   * The client says yes to a therapist's suggestion: from now on the homework reminder goes at
   * the suggested time on the suggested days, by the channel the client picks. Before this
   * nothing of the suggestion is scheduled.
   */
  async acceptSuggestion(
    user: AuthUser,
    suggestionId: string,
    channel: ReminderChannel,
    meta: RequestMeta,
  ): Promise<ReminderSettings> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const suggestion = await this.pendingSuggestion(manager, user, suggestionId);
      const settings = await this.repository.settings(user.practiceId, user.id);
      const days = [...suggestion.days].sort();
      await this.repository.saveReminder(manager, user.practiceId, user.id, {
        kind: 'homework',
        enabled: true,
        channel,
        minute_of_day: suggestion.minute_of_day,
        days,
        next_at: nextOccurrence(
          {
            minute: suggestion.minute_of_day,
            days,
            timeZone: settings?.time_zone ?? DEFAULT_TIME_ZONE,
          },
          now,
        ),
      });
      await this.suggestions.decide(manager, user.practiceId, user.id, suggestionId, 'accepted');
      await this.record(
        user,
        meta,
        'reminders.suggestion.accept',
        'update',
        'reminder-suggestion',
        manager,
        suggestionId,
      );
    });
    return this.view(user);
  }

  /** No thank you: the suggestion goes away and nothing changes. */
  async declineSuggestion(
    user: AuthUser,
    suggestionId: string,
    meta: RequestMeta,
  ): Promise<ReminderSettings> {
    await this.dataSource.transaction(async (manager) => {
      await this.pendingSuggestion(manager, user, suggestionId);
      await this.suggestions.decide(manager, user.practiceId, user.id, suggestionId, 'declined');
      await this.record(
        user,
        meta,
        'reminders.suggestion.decline',
        'update',
        'reminder-suggestion',
        manager,
        suggestionId,
      );
    });
    return this.view(user);
  }

  /** Another client's suggestion is not found; one answered before is a stale write. */
  private async pendingSuggestion(
    manager: EntityManager,
    user: AuthUser,
    suggestionId: string,
  ): Promise<SuggestionRow> {
    const suggestion = await this.suggestions.forUpdate(
      manager,
      user.practiceId,
      user.id,
      suggestionId,
    );
    if (!suggestion) throw new CodedHttpException(404, 'NOT_FOUND');
    if (suggestion.status !== 'pending') throw new CodedHttpException(409, 'CONFLICT');
    return suggestion;
  }

  async update(
    user: AuthUser,
    dto: ReminderSettingsDto,
    meta: RequestMeta,
  ): Promise<ReminderSettings> {
    if (!isTimeZone(dto.timeZone))
      throw new ValidationFailedException([
        {
          field: 'timeZone',
          constraint: 'isTimeZone',
          message: 'timeZone is not a known time zone',
        },
      ]);
    if ((dto.quietStart === null) !== (dto.quietEnd === null))
      throw new ValidationFailedException([
        {
          field: 'quietEnd',
          constraint: 'bothOrNeither',
          message: 'quietStart and quietEnd are set together or both null',
        },
      ]);
    const kinds = dto.reminders.map((r) => r.kind);
    if (new Set(kinds).size !== kinds.length)
      throw new ValidationFailedException([
        { field: 'reminders', constraint: 'uniqueKinds', message: 'each kind appears once' },
      ]);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await this.repository.saveSettings(manager, user.practiceId, user.id, {
        paused: dto.paused,
        time_zone: dto.timeZone,
        quiet_start: dto.quietStart === null ? null : timeToMinutes(dto.quietStart),
        quiet_end: dto.quietEnd === null ? null : timeToMinutes(dto.quietEnd),
        show_details: dto.showDetails,
      });
      for (const reminder of dto.reminders) {
        const minute = timeToMinutes(reminder.time)!;
        const days = [...reminder.days].sort();
        const fields: Omit<ReminderRow, 'id'> = {
          kind: reminder.kind,
          enabled: reminder.enabled,
          channel: reminder.channel,
          minute_of_day: minute,
          days,
          next_at: reminder.enabled
            ? nextOccurrence({ minute, days, timeZone: dto.timeZone }, now)
            : null,
        };
        await this.repository.saveReminder(manager, user.practiceId, user.id, fields);
      }
      await this.record(user, meta, 'reminders.update', 'update', 'reminder-settings', manager);
    });
    return this.view(user);
  }

  async publicKey(): Promise<{ publicKey: string }> {
    return { publicKey: await this.delivery.vapidPublicKey() };
  }

  async addDevice(
    user: AuthUser,
    dto: PushSubscriptionDto,
    meta: RequestMeta,
  ): Promise<PushDevice> {
    let url: URL | undefined;
    try {
      url = new URL(dto.endpoint);
    } catch {
      url = undefined;
    }
    // Push services are https; plain http only outside production (a test's own push service).
    const allowed =
      url?.protocol === 'https:' ||
      (url?.protocol === 'http:' && this.config.nodeEnv !== 'production');
    if (!allowed)
      throw new ValidationFailedException([
        {
          field: 'endpoint',
          constraint: 'isPushEndpoint',
          message: 'endpoint must be an https address',
        },
      ]);
    const row = await this.repository.addDevice(user.practiceId, user.id, {
      endpoint: dto.endpoint,
      p256dh: dto.keys.p256dh,
      auth: dto.keys.auth,
      label: dto.label?.trim() || labelFrom(meta.userAgent),
    });
    await this.record(
      user,
      meta,
      'reminders.device.create',
      'create',
      'push-device',
      undefined,
      row.id,
    );
    return toDevice(row);
  }

  async removeDevice(user: AuthUser, deviceId: string, meta: RequestMeta): Promise<void> {
    if (!(await this.repository.removeDevice(user.practiceId, user.id, deviceId)))
      throw new CodedHttpException(404, 'NOT_FOUND');
    await this.record(
      user,
      meta,
      'reminders.device.delete',
      'delete',
      'push-device',
      undefined,
      deviceId,
    );
  }

  async test(user: AuthUser, deviceId: string, meta: RequestMeta): Promise<{ outcome: string }> {
    const device = (await this.repository.devices(user.practiceId, user.id)).find(
      (d) => d.id === deviceId,
    );
    if (!device) throw new CodedHttpException(404, 'NOT_FOUND');
    const outcome = await this.delivery.test(user.practiceId, user.id, device);
    await this.record(user, meta, 'reminders.test', 'create', 'push-device', undefined, deviceId);
    return { outcome };
  }

  async history(user: AuthUser, meta: RequestMeta): Promise<DeliveryHistory> {
    const [devices, deliveries] = await Promise.all([
      this.repository.devices(user.practiceId, user.id),
      this.repository.deliveries(user.practiceId, user.id),
    ]);
    await this.record(user, meta, 'reminders.history.read', 'read', 'reminder-deliveries');
    const sent = deliveries.find((d) => d.kind !== 'test' && d.outcome === 'sent');
    return {
      devices: devices.map(toDevice),
      lastSentAt: sent ? sent.created_at.toISOString() : null,
      items: deliveries.map((d) => ({
        at: d.created_at.toISOString(),
        kind: d.kind,
        channel: d.channel,
        deviceId: d.device_id,
        deviceLabel: d.device_label,
        outcome: d.outcome,
      })),
    };
  }

  private record(
    user: AuthUser,
    meta: RequestMeta,
    event: string,
    action: 'read' | 'create' | 'update' | 'delete',
    objectType: string,
    manager?: Parameters<AuditService['record']>[1],
    objectId?: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: user,
        event,
        action,
        objectType,
        objectId: objectId ?? null,
        subjectId: user.id,
        basis: 'own-data',
        outcome: 'success',
        meta,
      },
      manager,
    );
  }
}

function toDevice(row: DeviceRow): PushDevice {
  return {
    id: row.id,
    label: row.label,
    createdAt: row.created_at.toISOString(),
    lastSuccessAt: row.last_success_at?.toISOString() ?? null,
    lastFailureAt: row.last_failure_at?.toISOString() ?? null,
    failures: row.failures,
    failing: row.failures >= DEVICE_FAILING_AFTER,
  };
}

/** "Telefoon (Android)" from the browser's user agent, never the whole string. */
function labelFrom(userAgent: string | null): string {
  const agent = userAgent ?? '';
  if (/iPhone|iPad/.test(agent)) return 'iPhone of iPad';
  if (/Android/.test(agent)) return 'Android-telefoon';
  if (/Mac OS X/.test(agent)) return 'Mac';
  if (/Windows/.test(agent)) return 'Windows-computer';
  return 'Dit apparaat';
}
