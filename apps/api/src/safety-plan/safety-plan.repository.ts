import { Injectable } from '@nestjs/common';
import type {
  PlanSuggestion,
  PlanSuggestionStatus,
  SafetyPlan,
  SafetyPlanContent,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';

interface PlanRow {
  id: string;
  version: number;
  content: SafetyPlanContent;
  written_by: SafetyPlan['updatedBy'];
  shared: boolean;
  created_at: Date;
}

/** The columns of a plan as the API shows it: the current version joined to its sharing. */
const PLAN_SELECT = `SELECT v.id, v.version, v.content, v.written_by, p.shared, v.created_at
                       FROM safety_plans p
                       JOIN safety_plan_versions v ON v.client_id = p.client_id AND v.version = p.version`;

function toPlan(row: PlanRow): SafetyPlan {
  return {
    id: row.id,
    version: row.version,
    content: row.content,
    shared: row.shared,
    updatedAt: row.created_at.toISOString(),
    updatedBy: row.written_by,
  };
}

interface SuggestionRow {
  id: string;
  content: SafetyPlanContent;
  note: string | null;
  base_version: number;
  status: PlanSuggestionStatus;
  therapist_name: string | null;
  created_at: Date;
  decided_at: Date | null;
  accepted_version: number | null;
}

/** The columns of a suggestion, with the name of the therapist who made it (table alias `s`). */
const SUGGESTION_SELECT = `SELECT s.id, s.content, s.note, s.base_version, s.status, u.name AS therapist_name,
                                  s.created_at, s.decided_at, s.accepted_version
                             FROM safety_plan_suggestions s LEFT JOIN users u ON u.id = s.therapist_id`;

/** The most suggestions one list shows (newest first). */
const SUGGESTION_LIST_LIMIT = 50;

function toSuggestion(row: SuggestionRow): PlanSuggestion {
  return {
    id: row.id,
    content: row.content,
    note: row.note,
    baseVersion: row.base_version,
    status: row.status,
    therapistName: row.therapist_name,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    acceptedVersion: row.accepted_version,
  };
}

/**
 * The only home of the signaleringsplan's SQL. Every method names the practice; the
 * therapist side has only `sharedFor`, so a plan the client keeps to themself cannot be read
 * through it.
 */
@Injectable()
export class SafetyPlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The client's own current plan, or null before the first one. */
  async current(
    practiceId: string,
    clientId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<SafetyPlan | null> {
    const [row]: PlanRow[] = await manager.query(
      `${PLAN_SELECT} WHERE p.practice_id = $1 AND p.client_id = $2${lock ? ' FOR UPDATE OF p' : ''}`,
      [practiceId, clientId],
    );
    return row ? toPlan(row) : null;
  }

  /** The plan as a therapist may see it: only while the client shares it. */
  async sharedFor(
    practiceId: string,
    clientId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<SafetyPlan | null> {
    const [row]: PlanRow[] = await manager.query(
      `${PLAN_SELECT} WHERE p.practice_id = $1 AND p.client_id = $2 AND p.shared${lock ? ' FOR UPDATE OF p' : ''}`,
      [practiceId, clientId],
    );
    return row ? toPlan(row) : null;
  }

  /** The overview's part: the current content of every plan among these clients that is shared. */
  sharedContents(
    practiceId: string,
    clientIds: readonly string[],
    manager: EntityManager,
  ): Promise<{ client_id: string; content: SafetyPlanContent }[]> {
    return manager.query(
      `SELECT p.client_id, v.content
         FROM safety_plans p
         JOIN safety_plan_versions v ON v.client_id = p.client_id AND v.version = p.version
        WHERE p.practice_id = $1 AND p.client_id = ANY($2::uuid[]) AND p.shared`,
      [practiceId, clientIds],
    );
  }

  /** The versions, newest first (the content of each, for looking back); null limit = all. */
  async versions(
    practiceId: string,
    clientId: string,
    manager: EntityManager = this.dataSource.manager,
    limit: number | null = 100,
  ): Promise<SafetyPlan[]> {
    const rows: PlanRow[] = await manager.query(
      `SELECT v.id, v.version, v.content, v.written_by, false AS shared, v.created_at
         FROM safety_plan_versions v
        WHERE v.practice_id = $1 AND v.client_id = $2
        ORDER BY v.version DESC LIMIT $3`,
      [practiceId, clientId, limit],
    );
    return rows.map(toPlan);
  }

  /** Adds the next version and makes it current; the caller checked the base version. */
  async addVersion(
    practiceId: string,
    clientId: string,
    content: SafetyPlanContent,
    writtenBy: SafetyPlan['updatedBy'],
    manager: EntityManager,
  ): Promise<void> {
    const [{ version }]: [{ version: number }] = await manager.query(
      `INSERT INTO safety_plan_versions (practice_id, client_id, version, content, written_by)
       SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4
         FROM safety_plan_versions WHERE practice_id = $1 AND client_id = $2
       RETURNING version`,
      [practiceId, clientId, content, writtenBy],
    );
    await manager.query(
      `INSERT INTO safety_plans (practice_id, client_id, version) VALUES ($1, $2, $3)
       ON CONFLICT (client_id) DO UPDATE SET version = EXCLUDED.version, updated_at = now()`,
      [practiceId, clientId, version],
    );
  }

  async setShared(
    practiceId: string,
    clientId: string,
    shared: boolean,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE safety_plans SET shared = $3, shared_at = CASE WHEN $3 THEN now() END, updated_at = now()
        WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId, shared],
    );
  }

  // ---- Suggestions: a therapist proposes, the client decides ----

  /**
   * Stores a therapist's suggestion; an open one of the same therapist is replaced (kept, marked
   * so). The caller checked that the plan is shared and the base version current.
   */
  async addSuggestion(
    practiceId: string,
    clientId: string,
    therapistId: string,
    suggestion: { content: SafetyPlanContent; baseVersion: number; note: string | null },
    manager: EntityManager,
  ): Promise<PlanSuggestion> {
    await manager.query(
      `UPDATE safety_plan_suggestions SET status = 'replaced', decided_at = now()
        WHERE practice_id = $1 AND client_id = $2 AND therapist_id = $3 AND status = 'open'`,
      [practiceId, clientId, therapistId],
    );
    const [{ id }]: [{ id: string }] = await manager.query(
      `INSERT INTO safety_plan_suggestions (practice_id, client_id, therapist_id, base_version, content, note)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        practiceId,
        clientId,
        therapistId,
        suggestion.baseVersion,
        suggestion.content,
        suggestion.note,
      ],
    );
    return (await this.suggestion(practiceId, clientId, id, manager))!;
  }

  /**
   * A therapist's own suggestions on a client's plan, newest first: only while the client shares
   * the plan, so taking the share back hides them too.
   */
  sharedSuggestionsFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    manager: EntityManager,
  ): Promise<PlanSuggestion[]> {
    return this.suggestionList(
      manager,
      `s.practice_id = $1 AND s.client_id = $2 AND s.therapist_id = $3
       AND EXISTS (SELECT 1 FROM safety_plans p WHERE p.practice_id = s.practice_id AND p.client_id = s.client_id AND p.shared)`,
      [practiceId, clientId, therapistId],
    );
  }

  /** Every suggestion on the client's own plan, newest first. */
  suggestionsForClient(
    practiceId: string,
    clientId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanSuggestion[]> {
    return this.suggestionList(manager, 's.practice_id = $1 AND s.client_id = $2', [
      practiceId,
      clientId,
    ]);
  }

  /** One suggestion on the client's plan (locked, to decide on it); undefined when not theirs. */
  async suggestion(
    practiceId: string,
    clientId: string,
    id: string,
    manager: EntityManager,
    lock = false,
  ): Promise<PlanSuggestion | undefined> {
    const [row]: SuggestionRow[] = await manager.query(
      `${SUGGESTION_SELECT} WHERE s.id = $1 AND s.practice_id = $2 AND s.client_id = $3${lock ? ' FOR UPDATE OF s' : ''}`,
      [id, practiceId, clientId],
    );
    return row ? toSuggestion(row) : undefined;
  }

  /** The client's decision on an open suggestion. */
  async decideSuggestion(
    practiceId: string,
    clientId: string,
    id: string,
    decision: { status: 'accepted' | 'declined'; acceptedVersion: number | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE safety_plan_suggestions SET status = $4, accepted_version = $5, decided_at = now()
        WHERE id = $1 AND practice_id = $2 AND client_id = $3 AND status = 'open'`,
      [id, practiceId, clientId, decision.status, decision.acceptedVersion],
    );
  }

  private async suggestionList(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<PlanSuggestion[]> {
    const rows: SuggestionRow[] = await manager.query(
      `${SUGGESTION_SELECT} WHERE ${where} ORDER BY s.created_at DESC, s.id LIMIT ${SUGGESTION_LIST_LIMIT}`,
      params,
    );
    return rows.map(toSuggestion);
  }

  /** Every suggestion on the client's plan, oldest first, for the data export. */
  async exportSuggestionsFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<PlanSuggestion[]> {
    const rows: SuggestionRow[] = await manager.query(
      `${SUGGESTION_SELECT} WHERE s.practice_id = $1 AND s.client_id = $2 ORDER BY s.created_at, s.id`,
      [practiceId, clientId],
    );
    return rows.map(toSuggestion);
  }

  /** Everything the plan holds about the client, for the data export. */
  exportFor(manager: EntityManager, practiceId: string, clientId: string): Promise<SafetyPlan[]> {
    return this.versions(practiceId, clientId, manager, null);
  }

  /** Erases the plan with every version and every suggestion, for the account deletion. */
  async deleteFor(practiceId: string, clientId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM safety_plan_suggestions WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId],
    );
    await manager.query(`DELETE FROM safety_plans WHERE practice_id = $1 AND client_id = $2`, [
      practiceId,
      clientId,
    ]);
    await manager.query(
      `DELETE FROM safety_plan_versions WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId],
    );
  }
}
