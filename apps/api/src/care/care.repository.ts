import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A care relation with its client's name, as the client list and the client page show it. */
export interface CareRelationRow {
  id: string;
  name: string;
  care_relation_id: string;
  since: Date;
  until: Date | null;
}

const RELATION_COLUMNS = 'c.id, c.name, r.id AS care_relation_id, r.since, r.until';

/**
 * The only SQL on care relations. Every method names the practice; a therapist reaches a
 * client only through a current relation of their own with a client whose account exists.
 */
@Injectable()
export class CareRepository {
  /** The current care relation between this therapist and this client, if there is one. */
  async currentRelationId(
    manager: EntityManager,
    practiceId: string,
    therapistId: string,
    clientId: string,
  ): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT r.id FROM care_relations r JOIN users c ON c.id = r.client_id
        WHERE r.therapist_id = $1 AND r.client_id = $2 AND r.practice_id = $3
          AND r.until IS NULL AND c.deleted_at IS NULL`,
      [therapistId, clientId, practiceId],
    );
    return row?.id ?? null;
  }

  /** The therapist's clients in current care, by name then id, after the (name, id) given. */
  currentClients(
    manager: EntityManager,
    practiceId: string,
    therapistId: string,
    page: { after?: readonly [string, string] | null; limit: number },
  ): Promise<CareRelationRow[]> {
    return manager.query(
      `SELECT ${RELATION_COLUMNS}
         FROM care_relations r JOIN users c ON c.id = r.client_id
        WHERE r.practice_id = $1 AND r.therapist_id = $2 AND r.until IS NULL AND c.deleted_at IS NULL
          AND ($3::text IS NULL OR (c.name, c.id) > ($3::text, $4::uuid))
        ORDER BY c.name, c.id
        LIMIT ${Number(page.limit)}`,
      [practiceId, therapistId, page.after?.[0] ?? null, page.after?.[1] ?? null],
    );
  }

  async relation(
    manager: EntityManager,
    practiceId: string,
    careRelationId: string,
  ): Promise<CareRelationRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${RELATION_COLUMNS} FROM care_relations r JOIN users c ON c.id = r.client_id
        WHERE r.id = $1 AND r.practice_id = $2`,
      [careRelationId, practiceId],
    );
    return row;
  }

  /** Ends the relation now; from then on its therapist reaches nothing of the client. */
  async end(
    manager: EntityManager,
    practiceId: string,
    careRelationId: string,
  ): Promise<CareRelationRow | undefined> {
    const [rows] = await manager.query(
      `UPDATE care_relations r SET until = now() FROM users c
        WHERE r.id = $1 AND r.practice_id = $2 AND c.id = r.client_id
        RETURNING ${RELATION_COLUMNS}`,
      [careRelationId, practiceId],
    );
    return rows[0];
  }

  /** Starts care between them (nothing when it is current already); the new relation's id. */
  async start(
    manager: EntityManager,
    practiceId: string,
    therapistId: string,
    clientId: string,
  ): Promise<string | null> {
    const [relation] = await manager.query(
      `INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)
       ON CONFLICT (therapist_id, client_id) WHERE "until" IS NULL DO NOTHING RETURNING id`,
      [practiceId, therapistId, clientId],
    );
    return relation?.id ?? null;
  }

  /** The client's relations for their export: who, from, until. */
  exportFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<{ therapist: string; since: Date; until: Date | null }[]> {
    return manager.query(
      `SELECT t.name AS therapist, r.since, r.until FROM care_relations r JOIN users t ON t.id = r.therapist_id
        WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.since`,
      [practiceId, clientId],
    );
  }

  /**
   * On account deletion the relations end but stay (who, from, until), so the audit log, which
   * the law keeps, stays readable.
   */
  async deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    await manager.query(
      'UPDATE care_relations SET until = now() WHERE practice_id = $1 AND client_id = $2 AND until IS NULL',
      [practiceId, clientId],
    );
  }
}
