import { Injectable } from '@nestjs/common';
import type { DeliveryOutcome, ReminderChannel, ReminderKind } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { HomeworkFacts } from './reminder-relevance';

export interface SettingsRow {
  paused: boolean;
  time_zone: string;
  quiet_start: number | null;
  quiet_end: number | null;
  show_details: boolean;
}

export interface ReminderRow {
  id: string;
  kind: ReminderKind;
  enabled: boolean;
  channel: ReminderChannel;
  minute_of_day: number;
  days: number[];
  next_at: Date | null;
}

/** A reminder that is due, with what delivery needs: the client's settings and address. */
export interface DueRow extends ReminderRow, SettingsRow {
  practice_id: string;
  client_id: string;
  email: string;
  next_at: Date;
}

export interface DeviceRow {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  failures: number;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  created_at: Date;
}

export interface DeliveryRow {
  created_at: Date;
  kind: ReminderKind | 'test';
  channel: 'push' | 'email';
  device_id: string | null;
  device_label: string | null;
  outcome: DeliveryOutcome;
}

export type OccurrenceOutcome =
  'sent' | 'held-paused' | 'held-quiet' | 'skipped-late' | 'skipped-nothing';

/** The (practice, client) pairs of a batch, as two parallel arrays for `unnest`. */
function pairs(rows: readonly { practice_id: string; client_id: string }[]): [string[], string[]] {
  return [rows.map((r) => r.practice_id), rows.map((r) => r.client_id)];
}

const SETTINGS_COLUMNS = 's.paused, s.time_zone, s.quiet_start, s.quiet_end, s.show_details';
const REMINDER_COLUMNS = 'r.id, r.kind, r.enabled, r.channel, r.minute_of_day, r.days, r.next_at';
const DEVICE_COLUMNS =
  'd.id, d.endpoint, d.p256dh, d.auth, d.label, d.failures, d.last_success_at, d.last_failure_at, d.created_at';

/** Every query about reminders, devices and deliveries. Client data: the practice id is always asked. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async settings(practiceId: string, clientId: string): Promise<SettingsRow | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT ${SETTINGS_COLUMNS} FROM reminder_settings s WHERE s.practice_id = $1 AND s.client_id = $2`,
      [practiceId, clientId],
    );
    return row;
  }

  reminders(practiceId: string, clientId: string, manager?: EntityManager): Promise<ReminderRow[]> {
    return this.db(manager).query(
      `SELECT ${REMINDER_COLUMNS} FROM reminders r WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.kind`,
      [practiceId, clientId],
    );
  }

  async saveSettings(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    settings: SettingsRow,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reminder_settings (client_id, practice_id, paused, time_zone, quiet_start, quiet_end, show_details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (client_id) DO UPDATE SET paused = $3, time_zone = $4, quiet_start = $5, quiet_end = $6,
         show_details = $7, updated_at = now() WHERE reminder_settings.practice_id = $2`,
      [
        clientId,
        practiceId,
        settings.paused,
        settings.time_zone,
        settings.quiet_start,
        settings.quiet_end,
        settings.show_details,
      ],
    );
  }

  async saveReminder(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    reminder: Omit<ReminderRow, 'id'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reminders (practice_id, client_id, kind, enabled, channel, minute_of_day, days, next_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (client_id, kind) DO UPDATE SET enabled = $4, channel = $5, minute_of_day = $6, days = $7,
         next_at = $8, updated_at = now() WHERE reminders.practice_id = $1`,
      [
        practiceId,
        clientId,
        reminder.kind,
        reminder.enabled,
        reminder.channel,
        reminder.minute_of_day,
        reminder.days,
        reminder.next_at,
      ],
    );
  }

  /**
   * The scheduler's scan, over all practices by its nature: reminders due at `now`, oldest
   * first, each row locked for this transaction and skipped by a second process.
   */
  due(manager: EntityManager, now: Date, limit: number): Promise<DueRow[]> {
    return manager.query(
      `SELECT ${REMINDER_COLUMNS}, r.practice_id, r.client_id, u.email,
              coalesce(s.paused, false) AS paused, coalesce(s.time_zone, 'Europe/Amsterdam') AS time_zone,
              s.quiet_start, s.quiet_end, coalesce(s.show_details, false) AS show_details
         FROM reminders r
         JOIN users u ON u.id = r.client_id AND u.practice_id = r.practice_id AND u.deleted_at IS NULL
         LEFT JOIN reminder_settings s ON s.client_id = r.client_id AND s.practice_id = r.practice_id
        WHERE r.enabled AND r.next_at IS NOT NULL AND r.next_at <= $1
        ORDER BY r.next_at LIMIT $2
        FOR UPDATE OF r SKIP LOCKED`,
      [now, limit],
    );
  }

  /**
   * For the scheduler's batch: the active assignments of these clients, with when each was
   * last handed in (what decides whether a homework reminder has anything to remind about).
   */
  homeworkOf(
    manager: EntityManager,
    clients: readonly { practice_id: string; client_id: string }[],
  ): Promise<(HomeworkFacts & { client_id: string })[]> {
    if (clients.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT a.client_id, a.rhythm, a.weekdays, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.created_at,
              (SELECT max(r.submitted_at) FROM responses r
                WHERE r.assignment_id = a.id AND r.practice_id = a.practice_id) AS last_submitted_at
         FROM assignments a
        WHERE (a.practice_id, a.client_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          AND a.status = 'active'`,
      pairs(clients),
    );
  }

  /** For the scheduler's batch: when each client's latest review was, if it holds afspraken. */
  latestAgreementsOf(
    manager: EntityManager,
    clients: readonly { practice_id: string; client_id: string }[],
  ): Promise<{ client_id: string; created_at: Date }[]> {
    if (clients.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT latest.client_id, latest.created_at FROM (
         SELECT DISTINCT ON (r.client_id) r.id, r.client_id, r.created_at FROM reviews r
          WHERE (r.practice_id, r.client_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
          ORDER BY r.client_id, r.created_at DESC) latest
        WHERE EXISTS (SELECT 1 FROM agreements g WHERE g.review_id = latest.id)`,
      pairs(clients),
    );
  }

  /** Claims one occurrence; false when it was claimed before (by a restart or another process). */
  async claimOccurrence(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    reminderId: string,
    occurrenceAt: Date,
    outcome: OccurrenceOutcome,
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO reminder_occurrences (practice_id, client_id, reminder_id, occurrence_at, outcome)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT reminder_occurrences_once DO NOTHING RETURNING id`,
      [practiceId, clientId, reminderId, occurrenceAt, outcome],
    );
    return rows[0]?.id ?? null;
  }

  async advance(
    manager: EntityManager,
    practiceId: string,
    reminderId: string,
    nextAt: Date | null,
  ): Promise<void> {
    await manager.query(`UPDATE reminders SET next_at = $3 WHERE practice_id = $1 AND id = $2`, [
      practiceId,
      reminderId,
      nextAt,
    ]);
  }

  occurrences(
    practiceId: string,
    clientId: string,
  ): Promise<{ occurrence_at: Date; outcome: OccurrenceOutcome; kind: ReminderKind }[]> {
    return this.dataSource.query(
      `SELECT o.occurrence_at, o.outcome, r.kind FROM reminder_occurrences o JOIN reminders r ON r.id = o.reminder_id
        WHERE o.practice_id = $1 AND o.client_id = $2 ORDER BY o.occurrence_at`,
      [practiceId, clientId],
    );
  }

  /** Switches off one reminder (the unsubscribe link); returns its client, or undefined. */
  async switchOff(
    practiceId: string,
    reminderId: string,
  ): Promise<{ client_id: string; kind: ReminderKind } | undefined> {
    const [rows] = await this.dataSource.query(
      `UPDATE reminders SET enabled = false, next_at = NULL, updated_at = now()
        WHERE practice_id = $1 AND id = $2 RETURNING client_id, kind`,
      [practiceId, reminderId],
    );
    return rows?.[0];
  }

  devices(practiceId: string, clientId: string): Promise<DeviceRow[]> {
    return this.dataSource.query(
      `SELECT ${DEVICE_COLUMNS} FROM push_devices d WHERE d.practice_id = $1 AND d.client_id = $2 ORDER BY d.created_at`,
      [practiceId, clientId],
    );
  }

  /** A device; an endpoint seen before (the same browser again) is taken over with fresh keys. */
  async addDevice(
    practiceId: string,
    clientId: string,
    device: { endpoint: string; p256dh: string; auth: string; label: string },
  ): Promise<DeviceRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO push_devices AS d (practice_id, client_id, endpoint, p256dh, auth, label) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (endpoint) DO UPDATE SET practice_id = $1, client_id = $2, p256dh = $4, auth = $5, label = $6,
         failures = 0, last_failure_at = NULL
       RETURNING ${DEVICE_COLUMNS}`,
      [practiceId, clientId, device.endpoint, device.p256dh, device.auth, device.label],
    );
    return row;
  }

  async removeDevice(practiceId: string, clientId: string, deviceId: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM push_devices WHERE practice_id = $1 AND client_id = $2 AND id = $3`,
      [practiceId, clientId, deviceId],
    );
    return count > 0;
  }

  async markDevice(
    practiceId: string,
    deviceId: string,
    outcome: 'success' | 'failure',
  ): Promise<void> {
    await this.dataSource.query(
      outcome === 'success'
        ? `UPDATE push_devices SET failures = 0, last_success_at = now() WHERE practice_id = $1 AND id = $2`
        : `UPDATE push_devices SET failures = failures + 1, last_failure_at = now() WHERE practice_id = $1 AND id = $2`,
      [practiceId, deviceId],
    );
  }

  async device(practiceId: string, deviceId: string): Promise<DeviceRow | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT ${DEVICE_COLUMNS} FROM push_devices d WHERE d.practice_id = $1 AND d.id = $2`,
      [practiceId, deviceId],
    );
    return row;
  }

  async recordDelivery(
    practiceId: string,
    clientId: string,
    delivery: {
      occurrenceId: string | null;
      kind: ReminderKind | 'test';
      channel: 'push' | 'email';
      device: { id: string | null; label: string } | null;
      outcome: DeliveryOutcome;
    },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO reminder_deliveries (practice_id, client_id, occurrence_id, kind, channel, device_id, device_label, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        practiceId,
        clientId,
        delivery.occurrenceId,
        delivery.kind,
        delivery.channel,
        delivery.device?.id ?? null,
        delivery.device?.label ?? null,
        delivery.outcome,
      ],
    );
  }

  deliveries(practiceId: string, clientId: string, limit = 30): Promise<DeliveryRow[]> {
    return this.dataSource.query(
      `SELECT created_at, kind, channel, device_id, device_label, outcome FROM reminder_deliveries
        WHERE practice_id = $1 AND client_id = $2 ORDER BY created_at DESC LIMIT $3`,
      [practiceId, clientId, limit],
    );
  }

  /** Everything about reminders of one client, for the privacy export. */
  async exportFor(practiceId: string, clientId: string): Promise<Record<string, unknown[]>> {
    const args = [practiceId, clientId];
    const where = 'WHERE practice_id = $1 AND client_id = $2';
    const [settings, reminders, occurrences, devices, deliveries] = await Promise.all([
      this.dataSource.query(
        `SELECT paused, time_zone, quiet_start, quiet_end, show_details, updated_at FROM reminder_settings ${where}`,
        args,
      ),
      this.dataSource.query(
        `SELECT kind, enabled, channel, minute_of_day, days, next_at FROM reminders ${where}`,
        args,
      ),
      this.dataSource.query(
        `SELECT occurrence_at, outcome FROM reminder_occurrences ${where} ORDER BY occurrence_at`,
        args,
      ),
      this.dataSource.query(
        `SELECT label, created_at, last_success_at, last_failure_at, failures FROM push_devices ${where}`,
        args,
      ),
      this.dataSource.query(
        `SELECT created_at, kind, channel, device_label, outcome FROM reminder_deliveries ${where} ORDER BY created_at`,
        args,
      ),
    ]);
    return { settings, reminders, occurrences, devices, deliveries };
  }

  /** Removes every reminder row of one client (deliveries and occurrences go with them). */
  async deleteFor(practiceId: string, clientId: string, manager?: EntityManager): Promise<void> {
    const db = this.db(manager);
    for (const table of [
      'reminder_deliveries',
      'reminder_occurrences',
      'push_devices',
      'reminders',
      'reminder_settings',
    ])
      await db.query(`DELETE FROM ${table} WHERE practice_id = $1 AND client_id = $2`, [
        practiceId,
        clientId,
      ]);
  }

  async vapidKeys(): Promise<{ public_key: string; private_key_sealed: string } | undefined> {
    const [row] = await this.dataSource.query(
      'SELECT public_key, private_key_sealed FROM vapid_keys WHERE id = 1',
    );
    return row;
  }

  /** Keeps the first pair written: two processes starting together end up with the same keys. */
  async insertVapidKeys(publicKey: string, privateKeySealed: string): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO vapid_keys (id, public_key, private_key_sealed) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING',
      [publicKey, privateKeySealed],
    );
  }
}
