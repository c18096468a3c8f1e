import { Injectable } from '@nestjs/common';
import type { Agreement, Review } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CHECKIN_COLUMNS, type CheckinRow } from '../checkins/checkin-rows';
import { eraseClientRows } from '../database/client-rows';

interface ReviewRow {
  id: string;
  client_id: string;
  therapist_name: string;
  period_start: string;
  period_end: string;
  created_at: Date;
}

const REVIEW_SELECT = `SELECT r.id, r.client_id, t.name AS therapist_name, to_char(r.period_start, 'YYYY-MM-DD') AS period_start,
                              to_char(r.period_end, 'YYYY-MM-DD') AS period_end, r.created_at
                         FROM reviews r JOIN users t ON t.id = r.therapist_id`;

export interface NewReview {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly agreements: readonly { text: string; moduleId: string | null }[];
}

/**
 * The only SQL on `reviews` and `agreements`, and the review's window on shared check-ins.
 * Every method names the practice and the client; the therapist's also the therapist.
 */
@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** This therapist's reviews with the client, newest first. */
  async therapistList(
    practiceId: string,
    clientId: string,
    therapistId: string,
    manager: EntityManager,
  ): Promise<Review[]> {
    return this.withAgreements(
      practiceId,
      await this.therapistRows(practiceId, clientId, therapistId, 100, manager),
      manager,
    );
  }

  /** This therapist's last review with the client, and the exact moment it was made. */
  async therapistLatest(
    practiceId: string,
    clientId: string,
    therapistId: string,
    manager: EntityManager,
  ): Promise<{ review: Review; createdAt: Date } | undefined> {
    const rows = await this.therapistRows(practiceId, clientId, therapistId, 1, manager);
    const [review] = await this.withAgreements(practiceId, rows, manager);
    return review && { review, createdAt: rows[0]!.created_at };
  }

  /** The client's own reviews, with every therapist, newest first. */
  async ownList(practiceId: string, clientId: string): Promise<Review[]> {
    const rows: ReviewRow[] = await this.dataSource.query(
      `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.created_at DESC LIMIT 100`,
      [practiceId, clientId],
    );
    return this.withAgreements(practiceId, rows, this.dataSource.manager);
  }

  async create(
    practiceId: string,
    clientId: string,
    therapistId: string,
    review: NewReview,
    manager: EntityManager,
  ): Promise<Review> {
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO reviews (practice_id, client_id, therapist_id, period_start, period_end) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [practiceId, clientId, therapistId, review.periodStart, review.periodEnd],
    );
    if (review.agreements.length > 0) {
      await manager.query(
        `INSERT INTO agreements (review_id, practice_id, client_id, text, module_id, position)
         SELECT $1, $2, $3, a.text, a.module_id, a.n FROM unnest($4::text[], $5::uuid[]) WITH ORDINALITY AS a(text, module_id, n)`,
        [
          created!.id,
          practiceId,
          clientId,
          review.agreements.map((a) => a.text),
          review.agreements.map((a) => a.moduleId),
        ],
      );
    }
    const rows: ReviewRow[] = await manager.query(
      `${REVIEW_SELECT} WHERE r.id = $1 AND r.practice_id = $2`,
      [created!.id, practiceId],
    );
    return (await this.withAgreements(practiceId, rows, manager))[0]!;
  }

  /**
   * The check-ins the client shared that a review looks at: about a day in the period, or
   * shared after `since` (filled in later for an earlier day), by day.
   */
  sharedCheckinsFor(
    practiceId: string,
    clientId: string,
    window: { from: string; until: string; since: Date },
    manager: EntityManager,
  ): Promise<CheckinRow[]> {
    return manager.query(
      `SELECT ${CHECKIN_COLUMNS} FROM checkins c
        WHERE c.practice_id = $1 AND c.client_id = $2 AND c.shared
          AND ((c.day >= $3 AND c.day <= $4) OR c.shared_at > $5)
        ORDER BY c.day, c.created_at`,
      [practiceId, clientId, window.from, window.until, window.since],
    );
  }

  // The client's rights: their export and the erasure of their account.

  /** Every review with the client, with every therapist, oldest first. */
  async exportFor(practiceId: string, clientId: string, manager: EntityManager): Promise<Review[]> {
    const rows: ReviewRow[] = await manager.query(
      `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.created_at`,
      [practiceId, clientId],
    );
    return this.withAgreements(practiceId, rows, manager);
  }

  async deleteFor(practiceId: string, clientId: string, manager: EntityManager): Promise<void> {
    await eraseClientRows(manager, ['agreements', 'reviews'], practiceId, clientId);
  }

  private therapistRows(
    practiceId: string,
    clientId: string,
    therapistId: string,
    limit: number,
    manager: EntityManager,
  ): Promise<ReviewRow[]> {
    return manager.query(
      `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.therapist_id = $3 ORDER BY r.created_at DESC LIMIT $4`,
      [practiceId, clientId, therapistId, limit],
    );
  }

  /** Loads the agreements of several reviews in one query. */
  private async withAgreements(
    practiceId: string,
    rows: readonly ReviewRow[],
    manager: EntityManager,
  ): Promise<Review[]> {
    if (rows.length === 0) return [];
    const agreements: {
      id: string;
      review_id: string;
      text: string;
      module_id: string | null;
      title: string | null;
      created_at: Date;
    }[] = await manager.query(
      `SELECT a.id, a.review_id, a.text, a.module_id, coalesce(v.content, m.draft)->>'title' AS title, a.created_at
         FROM agreements a
         LEFT JOIN modules m ON m.id = a.module_id
         LEFT JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
        WHERE a.review_id = ANY($1::uuid[]) AND a.practice_id = $2 ORDER BY a.review_id, a.position`,
      [rows.map((r) => r.id), practiceId],
    );
    return rows.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      therapistName: row.therapist_name,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      createdAt: row.created_at.toISOString(),
      agreements: agreements
        .filter((a) => a.review_id === row.id)
        .map((a): Agreement => ({
          id: a.id,
          text: a.text,
          moduleId: a.module_id,
          moduleTitle: a.title,
          createdAt: a.created_at.toISOString(),
        })),
    }));
  }
}
