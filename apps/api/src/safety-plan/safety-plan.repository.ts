import { Injectable } from '@nestjs/common';
import type { SafetyPlan, SafetyPlanContent } from '@oefenruimte/shared';
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
  ): Promise<SafetyPlan | null> {
    const [row]: PlanRow[] = await manager.query(
      `${PLAN_SELECT} WHERE p.practice_id = $1 AND p.client_id = $2 AND p.shared`,
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

  /** Everything the plan holds about the client, for the data export. */
  exportFor(manager: EntityManager, practiceId: string, clientId: string): Promise<SafetyPlan[]> {
    return this.versions(practiceId, clientId, manager, null);
  }

  /** Erases the plan with every version, for the account deletion. */
  async deleteFor(practiceId: string, clientId: string, manager: EntityManager): Promise<void> {
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
