import { Injectable } from '@nestjs/common';
import {
  CHECKIN_LIST_LIMIT,
  type CheckinPreferences,
  type PlanCheckinValues,
} from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import {
  CHECKIN_COLUMNS,
  CHECKIN_WRITE_COLUMNS,
  type CheckinRow,
  type CheckinWrite,
  checkinColumnsOf,
  checkinWriteValues,
} from './checkin-rows';

/** A span of days (yyyy-mm-dd, both ends included); an open end is no bound. */
export interface Period {
  readonly from?: string | null;
  readonly to?: string | null;
}

/** The parameters `$first` and `$first + 1` bound a query to the period, on `c.day`. */
const inPeriod = (first: number) =>
  `($${first}::date IS NULL OR c.day >= $${first}) AND ($${first + 1}::date IS NULL OR c.day <= $${first + 1})`;

const periodParams = (period: Period) => [period.from ?? null, period.to ?? null];

/** The check-in's values a signal of the signaleringsplan can be linked to, as the plan reads them. */
const PLAN_VALUE_COLUMNS = checkinColumnsOf([
  'day',
  'tension',
  'mood',
  'energy',
  'sleep',
  'window',
  'bodySignals',
  'items',
] as const satisfies readonly (keyof PlanCheckinValues)[]);

/** One count per client of the overview, over its shared check-ins of the last two weeks. */
export interface SharedCheckinSummary {
  client_id: string;
  recent: number;
  tension_recent: string | null;
  tension_before: string | null;
  discuss: number;
  last_shared_at: Date | null;
}

/**
 * The only SQL on check-ins, check-in preferences and seen marks. Every method names the
 * practice and the client. The client's own methods reach all of their check-ins; the methods a
 * therapist's use case can call are the `shared…`/`…Shared` ones, which select shared check-ins
 * only, so a forgotten filter cannot be written in a service.
 */
@Injectable()
export class CheckinsRepository {
  // ---- The client's own check-ins ----

  /** The check-in a submit with this idempotency key stored, with the hash of its body. */
  async bySubmitKey(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    submitKey: string,
  ): Promise<(CheckinRow & { submitHash: Buffer }) | undefined> {
    const [row] = await manager.query(
      `SELECT ${CHECKIN_COLUMNS}, c.submit_hash AS "submitHash" FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2 AND c.submit_key = $3`,
      [practiceId, clientId, submitKey],
    );
    return row;
  }

  /** Stores a new check-in; undefined when a concurrent submit with the same key won. */
  async insert(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    fields: CheckinWrite,
    submit: { key: string; hash: Buffer },
  ): Promise<CheckinRow | undefined> {
    const values = checkinWriteValues(fields);
    const n = values.length;
    const placeholders = values.map((_, i) => `$${i + 5}`).join(', ');
    const [row] = await manager.query(
      `INSERT INTO checkins AS c (practice_id, client_id, submit_key, submit_hash, ${CHECKIN_WRITE_COLUMNS.join(', ')}, shared_at)
       VALUES ($1, $2, $3, $4, ${placeholders}, CASE WHEN $${n + 5}::boolean THEN now() END)
       ON CONFLICT (client_id, submit_key) DO NOTHING
       RETURNING ${CHECKIN_COLUMNS}`,
      [practiceId, clientId, submit.key, submit.hash, ...values, fields.shared],
    );
    return row;
  }

  /** One of the client's own check-ins, locked for an update in the same transaction. */
  async ownForUpdate(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
  ): Promise<CheckinRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c
        WHERE c.id = $1 AND c.practice_id = $2 AND c.client_id = $3 FOR UPDATE`,
      [id, practiceId, clientId],
    );
    return row;
  }

  /** Writes every field anew, one version up; sharing sets or clears the moment it was shared. */
  async update(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    fields: CheckinWrite,
  ): Promise<CheckinRow | undefined> {
    const values = checkinWriteValues(fields);
    const n = values.length;
    const assignments = CHECKIN_WRITE_COLUMNS.map((column, i) => `${column} = $${i + 4}`).join(
      ', ',
    );
    const [[row]]: [CheckinRow[], number] = await manager.query(
      `UPDATE checkins c SET ${assignments},
              shared_at = CASE WHEN $${n + 4}::boolean AND NOT c.shared THEN now() WHEN NOT $${n + 4}::boolean THEN NULL ELSE c.shared_at END,
              version = c.version + 1, updated_at = now()
        WHERE c.id = $1 AND c.practice_id = $2 AND c.client_id = $3 RETURNING ${CHECKIN_COLUMNS}`,
      [id, practiceId, clientId, ...values, fields.shared],
    );
    return row;
  }

  /** The client's own check-ins of the period, by day, at most a list's worth. */
  listOwn(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    period: Period,
  ): Promise<CheckinRow[]> {
    return manager.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2 AND ${inPeriod(3)}
        ORDER BY c.day, c.created_at LIMIT ${CHECKIN_LIST_LIMIT}`,
      [practiceId, clientId, ...periodParams(period)],
    );
  }

  /** The client's standing choices; null when they never set them. */
  async preferences(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<CheckinPreferences | null> {
    const [row] = await manager.query(
      `SELECT share_by_default AS "shareByDefault", show_private_count AS "showPrivateCount"
         FROM client_preferences WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId],
    );
    return row ?? null;
  }

  async setPreferences(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    preferences: CheckinPreferences,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO client_preferences (practice_id, client_id, share_by_default, show_private_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (client_id) DO UPDATE SET share_by_default = $3, show_private_count = $4
       WHERE client_preferences.practice_id = $1`,
      [practiceId, clientId, preferences.shareByDefault, preferences.showPrivateCount],
    );
  }

  // ---- What a therapist may see: shared check-ins only ----

  /** The client's shared check-ins of the period, each with whether this therapist saw it. */
  sharedFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    therapistId: string,
    period: Period,
  ): Promise<(CheckinRow & { seen: boolean })[]> {
    return manager.query(
      `SELECT ${CHECKIN_COLUMNS},
              EXISTS (SELECT 1 FROM checkin_seen s
                       WHERE s.checkin_id = c.id AND s.practice_id = c.practice_id AND s.therapist_id = $3) AS seen
         FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2 AND c.shared AND ${inPeriod(4)}
        ORDER BY c.day, c.created_at LIMIT ${CHECKIN_LIST_LIMIT}`,
      [practiceId, clientId, therapistId, ...periodParams(period)],
    );
  }

  /**
   * How many of the period's check-ins are private, only when the client allowed that count;
   * otherwise null (not even a zero). Never a private check-in itself.
   */
  async privateCountShared(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    period: Period,
  ): Promise<number | null> {
    const [counted] = await manager.query(
      `SELECT CASE WHEN p.show_private_count THEN
              (SELECT count(*)::int FROM checkins c WHERE c.practice_id = $1 AND c.client_id = $2 AND NOT c.shared
                  AND ${inPeriod(3)})
            END AS private_count
         FROM (SELECT 1) one LEFT JOIN client_preferences p ON p.practice_id = $1 AND p.client_id = $2`,
      [practiceId, clientId, ...periodParams(period)],
    );
    return counted?.private_count ?? null;
  }

  /** Marks a shared check-in seen by this therapist; false when no such shared check-in exists. */
  async markSharedSeen(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    therapistId: string,
    checkinId: string,
  ): Promise<boolean> {
    const [row] = await manager.query(
      `WITH target AS (
         SELECT c.id FROM checkins c WHERE c.id = $1 AND c.practice_id = $2 AND c.client_id = $3 AND c.shared
       ), mark AS (
         INSERT INTO checkin_seen (practice_id, checkin_id, therapist_id) SELECT $2, id, $4 FROM target
         ON CONFLICT (checkin_id, therapist_id) DO NOTHING
       )
       SELECT 1 AS found FROM target`,
      [checkinId, practiceId, clientId, therapistId],
    );
    return Boolean(row);
  }

  /** The overview's safety part: shared check-ins signalling danger this therapist has not seen. */
  unseenSharedDanger(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
    therapistId: string,
  ): Promise<{ client_id: string; id: string; day: string; created_at: Date }[]> {
    return manager.query(
      `SELECT c.client_id, c.id, to_char(c.day, 'YYYY-MM-DD') AS day, c.created_at FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = ANY($2::uuid[]) AND c.shared AND c.danger
          AND NOT EXISTS (SELECT 1 FROM checkin_seen s
                           WHERE s.checkin_id = c.id AND s.practice_id = c.practice_id AND s.therapist_id = $3)
        ORDER BY c.created_at DESC`,
      [practiceId, clientIds, therapistId],
    );
  }

  /** The overview's counts over each client's shared check-ins of the last two weeks. */
  sharedSummary(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
  ): Promise<SharedCheckinSummary[]> {
    return manager.query(
      `SELECT c.client_id,
              count(*) FILTER (WHERE c.shared_at > now() - interval '7 days')::int AS recent,
              avg(c.tension) FILTER (WHERE c.day > current_date - 7) AS tension_recent,
              avg(c.tension) FILTER (WHERE c.day <= current_date - 7 AND c.day > current_date - 14) AS tension_before,
              count(*) FILTER (WHERE c.discuss AND c.day > current_date - 14)::int AS discuss,
              max(c.shared_at) AS last_shared_at
         FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = ANY($2::uuid[]) AND c.shared AND c.day > current_date - 14
        GROUP BY c.client_id`,
      [practiceId, clientIds],
    );
  }

  /**
   * The overview's plan part: per client, the latest shared check-in of the last `recentDays`
   * days with the shared check-ins of the `runDays` days up to it (a plan's signal may ask for
   * days running), only the values a plan's signal can be linked to. `latest` marks the one.
   */
  sharedLatestRuns(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
    window: { readonly recentDays: number; readonly runDays: number },
  ): Promise<(PlanCheckinValues & { client_id: string; latest: boolean })[]> {
    return manager.query(
      `WITH latest AS (
         SELECT DISTINCT ON (c.client_id) c.client_id, c.id, c.day FROM checkins c
          WHERE c.practice_id = $1 AND c.client_id = ANY($2::uuid[]) AND c.shared AND c.day > current_date - $3::int
          ORDER BY c.client_id, c.day DESC, c.created_at DESC
       )
       SELECT c.client_id, c.id = l.id AS latest, ${PLAN_VALUE_COLUMNS}
         FROM checkins c JOIN latest l ON l.client_id = c.client_id
        WHERE c.practice_id = $1 AND c.shared AND c.day > l.day - $4::int AND c.day <= l.day
        ORDER BY c.client_id, c.day, c.created_at`,
      [practiceId, clientIds, window.recentDays, window.runDays],
    );
  }

  // ---- The client's rights: export and erasure ----

  /** Every check-in of the client, by day, for their export. */
  exportFor(manager: EntityManager, practiceId: string, clientId: string): Promise<CheckinRow[]> {
    return manager.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2 ORDER BY c.day, c.created_at`,
      [practiceId, clientId],
    );
  }

  /** Erases the client's check-ins, the seen marks on them and their preferences. */
  async deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    await manager.query(
      `DELETE FROM checkin_seen s USING checkins c
        WHERE s.checkin_id = c.id AND s.practice_id = $1 AND c.practice_id = $1 AND c.client_id = $2`,
      [practiceId, clientId],
    );
    await manager.query('DELETE FROM checkins WHERE practice_id = $1 AND client_id = $2', [
      practiceId,
      clientId,
    ]);
    await manager.query(
      'DELETE FROM client_preferences WHERE practice_id = $1 AND client_id = $2',
      [practiceId, clientId],
    );
  }
}
