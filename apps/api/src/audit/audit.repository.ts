import { Injectable } from '@nestjs/common';
import type {
  AccessLogEntry,
  AuditAction,
  AuditBasis,
  AuditOutcome,
  Role,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { actorKind, ACTOR_KIND } from './actor-kind';

/** One audit row as written; the database sets seq, chain position and hashes. */
export interface AuditRow {
  readonly practiceId: string | null;
  readonly actorId: string | null;
  readonly actorRole: Role | null;
  readonly event: string;
  readonly action: AuditAction;
  readonly objectType: string;
  readonly objectId: string | null;
  /** The one client the row is about, or NULL (then `subjectIds` may name several). */
  readonly subjectId: string | null;
  /** The clients a list read showed, or NULL. */
  readonly subjectIds: readonly string[] | null;
  readonly basis: AuditBasis;
  readonly outcome: AuditOutcome;
  readonly ip: string | null;
  readonly requestId: string | null;
}

const INSERT_COLUMNS = `practice_id, actor_id, actor_role, event, action, object_type, object_id,
  subject_id, subject_ids, basis, outcome, ip, request_id`;

const values = (row: AuditRow): unknown[] => [
  row.practiceId,
  row.actorId,
  row.actorRole,
  row.event,
  row.action,
  row.objectType,
  row.objectId,
  row.subjectId,
  row.subjectIds,
  row.basis,
  row.outcome,
  row.ip,
  row.requestId,
];
const INSERT_WIDTH = 13;

/** A row of someone's access log, as read. */
export interface AccessLogRow {
  id: string;
  seq: string;
  at: Date;
  actor_name: string | null;
  subject_name: string | null;
  actor_role: AccessLogEntry['actorRole'];
  actor_kind: AccessLogEntry['actorKind'];
  action: AccessLogEntry['action'];
  event: string;
  object_type: string;
  basis: AccessLogEntry['basis'];
  outcome: AccessLogEntry['outcome'];
}

/** Who reads their log, which part of it, and from where on. */
export interface AccessLogPageQuery {
  readonly viewer: { readonly id: string; readonly role: Role; readonly practiceId: string };
  /** For a client: also their own actions (by default only what others did and tried). */
  readonly own: boolean;
  readonly from: string | null;
  readonly to: string | null;
  readonly beforeSeq: number | null;
  readonly limit: number;
}

/** A row of a client's log in their export. */
export interface ExportLogRow {
  at: Date;
  who: string | null;
  actor_role: Role | null;
  actor_kind: AccessLogEntry['actorKind'];
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
  object_type: string;
  basis: AuditBasis;
}

/** How to find the client who owns an object named in a path, per object type. */
const OWNER_OF: Readonly<Record<string, (placeholder: string) => string>> = {
  client: (p) => `SELECT id FROM users WHERE id = ${p} AND role = 'client'`,
  assignment: (p) => `SELECT client_id AS id FROM assignments WHERE id = ${p}`,
  response: (p) => `SELECT client_id AS id FROM responses WHERE id = ${p}`,
  checkin: (p) => `SELECT client_id AS id FROM checkins WHERE id = ${p}`,
  'safety-plan-suggestion': (p) =>
    `SELECT client_id AS id FROM safety_plan_suggestions WHERE id = ${p}`,
  'reminder-suggestion': (p) => `SELECT client_id AS id FROM reminder_suggestions WHERE id = ${p}`,
  'questionnaire-assignment': (p) =>
    `SELECT client_id AS id FROM questionnaire_assignments WHERE id = ${p}`,
  'questionnaire-response': (p) =>
    `SELECT client_id AS id FROM questionnaire_responses WHERE id = ${p}`,
};

/** The filters every access-log page shares ($1 viewer, $2 from, $3 to, $4 before seq). */
const PAGE_FILTERS = `($2::timestamptz IS NULL OR e.at >= $2)
  AND ($3::timestamptz IS NULL OR e.at < $3)
  AND ($4::bigint IS NULL OR e.seq < $4)
  -- Looking at this list is logged, but listing those looks would drown the rest.
  AND NOT (e.event = 'access-log.read' AND e.actor_id = $1)`;

const LOG_COLUMNS = `e.id, e.seq::text AS seq, e.at, a.name AS actor_name, s.name AS subject_name, e.actor_role,
  e.action, e.event, e.object_type, e.basis, e.outcome`;

/**
 * The SQL of the NEN 7513 audit log. Rows are only ever added: the database chains them per
 * practice and refuses changes. A client's rows are those naming them as subject and the list
 * reads naming them among the clients shown.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(rows: readonly AuditRow[], manager: EntityManager = this.dataSource.manager) {
    if (rows.length === 0) return;
    const placeholders = rows.map(
      (_, index) =>
        `(${Array.from({ length: INSERT_WIDTH }, (_, i) => `$${index * INSERT_WIDTH + i + 1}`).join(', ')})`,
    );
    await manager.query(
      `INSERT INTO audit_events (${INSERT_COLUMNS}) VALUES ${placeholders.join(', ')}`,
      rows.flatMap(values),
    );
  }

  /**
   * One page of a person's access log, newest first. A therapist's: their own actions. A
   * client's: the rows about them and the list reads that showed them, each walked along its
   * own index, merged. List reads only ever show clients of the lister's own practice (see
   * AuditService.recordList), so the client's are found in their practice's chain. A client's name only within the viewer's practice: a refused try at
   * another practice's client must not tell the one who tried whose data it was.
   */
  accessLogPage(query: AccessLogPageQuery): Promise<AccessLogRow[]> {
    const { viewer, limit } = query;
    const params = [viewer.id, query.from, query.to, query.beforeSeq, viewer.practiceId];
    if (viewer.role !== 'client')
      return this.dataSource.query(
        `SELECT ${LOG_COLUMNS}, ${ACTOR_KIND} AS actor_kind
           FROM audit_events e LEFT JOIN users a ON a.id = e.actor_id
           LEFT JOIN users s ON s.id = e.subject_id AND s.practice_id = $5
          WHERE e.actor_id = $1 AND ${PAGE_FILTERS}
          ORDER BY e.seq DESC LIMIT ${limit}`,
        params,
      );
    // Written as the partial index's predicate, so the planner walks that index.
    const others = query.own ? '' : 'AND e.actor_id IS DISTINCT FROM e.subject_id';
    const othersInList = query.own ? '' : 'AND e.actor_id IS DISTINCT FROM $1';
    return this.dataSource.query(
      `SELECT ${LOG_COLUMNS}, ${actorKind('$1::uuid')} AS actor_kind
         FROM ((SELECT * FROM audit_events e WHERE e.subject_id = $1 ${others} AND ${PAGE_FILTERS}
                 ORDER BY e.seq DESC LIMIT ${limit})
               UNION ALL
               (SELECT * FROM audit_events e
                 WHERE e.chain_key = $5 AND e.subject_ids IS NOT NULL AND e.subject_ids @> ARRAY[$1::uuid]
                   ${othersInList} AND ${PAGE_FILTERS}
                 -- In a chain, chain_pos and seq rise together; by chain_pos the walk stays in
                 -- the practice's list reads (audit_events_list_chain_idx).
                 ORDER BY e.chain_pos DESC LIMIT ${limit})) e
         LEFT JOIN users a ON a.id = e.actor_id
         LEFT JOIN users s ON s.id = $1 AND s.practice_id = $5
        ORDER BY e.seq DESC LIMIT ${limit}`,
      params,
    );
  }

  /** Every row about a client, oldest first, for their export. */
  exportFor(practiceId: string, clientId: string): Promise<ExportLogRow[]> {
    return this.dataSource.query(
      `SELECT e.at, a.name AS who, e.actor_role, ${actorKind('$1::uuid')} AS actor_kind, e.event, e.action,
              e.outcome, e.object_type, e.basis
         FROM ((SELECT * FROM audit_events e WHERE e.subject_id = $1)
               UNION ALL
               (SELECT * FROM audit_events e WHERE e.subject_ids @> ARRAY[$1::uuid])) e
         LEFT JOIN users a ON a.id = e.actor_id
         LEFT JOIN users s ON s.id = $1 AND s.practice_id = $2
        ORDER BY e.seq`,
      [clientId, practiceId],
    );
  }

  /**
   * Whose data the objects named in a refused path are: for each object that exists, its
   * position in `objects` and the client who owns it. Deliberately across practices: a try at
   * another practice's client belongs in that client's log. Returns ids only, no data.
   */
  ownersOf(
    objects: readonly { objectType: string; id: string }[],
  ): Promise<{ position: number; id: string }[]> {
    if (objects.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      objects
        .map((o, i) => {
          const owner = OWNER_OF[o.objectType];
          if (!owner) throw new Error(`no owner query for ${o.objectType}`);
          return `SELECT ${i} AS position, o.id FROM (${owner(`$${i + 1}::uuid`)}) o`;
        })
        .join(' UNION ALL '),
      objects.map((o) => o.id),
    );
  }

  /** Rows whose hash chain is broken; empty when the log is intact. */
  chainBreaks(): Promise<{ seq: string; problem: string }[]> {
    return this.dataSource.query('SELECT seq::text AS seq, problem FROM audit_chain_breaks()');
  }
}
