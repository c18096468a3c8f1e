import { Injectable } from '@nestjs/common';
import type { Agreement, Review, ReviewBundle } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import {
  CHECKIN_COLUMNS,
  type CheckinRow,
  todayInAmsterdam,
  toCheckin,
} from '../checkins/checkin-rows';
import type { CreateReviewDto } from './dto/review.dto';

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

/** Loads the agreements of several reviews in one query. */
async function withAgreements(
  manager: EntityManager,
  rows: readonly ReviewRow[],
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
        WHERE a.review_id = ANY($1::uuid[]) ORDER BY a.review_id, a.position`,
    [rows.map((r) => r.id)],
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

/**
 * "Samen terugkijken": what therapist and client look at together (only what the client
 * shared), and the afspraken they record, which both see afterwards.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async bundle(user: AuthUser, clientId: string, meta: RequestMeta): Promise<ReviewBundle> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'review.open', objectType: 'review', meta },
      async ({ manager, recordSuccess }) => {
        const [previousRow]: ReviewRow[] = await manager.query(
          `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.therapist_id = $3 ORDER BY r.created_at DESC LIMIT 1`,
          [user.practiceId, clientId, user.id],
        );
        const [previousReview] = await withAgreements(manager, previousRow ? [previousRow] : []);
        const periodEnd = todayInAmsterdam();
        const periodStart =
          previousRow?.period_end ??
          new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
        // New since the last review is what was made or shared after it, whatever day it is
        // about: a check-in filled in later for an earlier day must not fall between two reviews.
        const since = previousRow?.created_at ?? new Date(`${periodStart}T00:00:00Z`);
        const checkins: CheckinRow[] = await manager.query(
          `SELECT ${CHECKIN_COLUMNS} FROM checkins c
          WHERE c.practice_id = $1 AND c.client_id = $2 AND c.shared
            AND ((c.day >= $3 AND c.day <= $4) OR c.shared_at > $5)
          ORDER BY c.day, c.created_at`,
          [user.practiceId, clientId, periodStart, periodEnd, since],
        );
        const responses: {
          id: string;
          title: string;
          submitted_at: Date | null;
          shared: number;
          discuss: number;
        }[] = await manager.query(
          `SELECT r.id, v.content->>'title' AS title, r.submitted_at, count(*)::int AS shared, count(*) FILTER (WHERE m.discuss)::int AS discuss
           FROM response_marks m JOIN responses r ON r.id = m.response_id JOIN assignments a ON a.id = r.assignment_id
           JOIN module_versions v ON v.id = a.module_version_id
          WHERE m.practice_id = $1 AND m.client_id = $2 AND m.shared AND a.therapist_id = $3
            AND (r.submitted_at >= $4::date OR m.shared_at > $5)
          GROUP BY r.id, v.id ORDER BY r.submitted_at`,
          [user.practiceId, clientId, user.id, periodStart, since],
        );
        const [{ feedback }] = await manager.query(
          `SELECT count(*)::int AS feedback FROM feedback f JOIN responses r ON r.id = f.response_id
          WHERE f.practice_id = $1 AND r.client_id = $2 AND f.therapist_id = $3 AND f.created_at >= $4::date`,
          [user.practiceId, clientId, user.id, periodStart],
        );
        await recordSuccess({ action: 'read', basis: 'share' });
        return {
          periodStart,
          periodEnd,
          previousReview: previousReview ?? null,
          checkins: checkins.map(toCheckin),
          responses: responses.map((r) => ({
            id: r.id,
            moduleTitle: r.title,
            submittedAt: r.submitted_at?.toISOString() ?? null,
            sharedSteps: r.shared,
            discussSteps: r.discuss,
          })),
          discussCheckins: checkins.filter((c) => c.discuss).length,
          feedbackCount: feedback,
        };
      },
    );
  }

  async create(
    user: AuthUser,
    clientId: string,
    dto: CreateReviewDto,
    meta: RequestMeta,
  ): Promise<Review> {
    const today = todayInAmsterdam();
    if (dto.periodStart > dto.periodEnd) {
      throw new ValidationFailedException([
        {
          field: 'periodStart',
          constraint: 'beforeEnd',
          message: 'periodStart must not be after periodEnd',
        },
      ]);
    }
    if (dto.periodEnd > today) {
      throw new ValidationFailedException([
        {
          field: 'periodEnd',
          constraint: 'notInFuture',
          message: 'periodEnd must be today or earlier',
        },
      ]);
    }
    return this.access.withClient(
      user,
      clientId,
      { event: 'review.create', objectType: 'review', meta },
      async ({ manager, recordSuccess }) => {
        const moduleIds = dto.agreements.map((a) => a.moduleId).filter((id): id is string => !!id);
        if (moduleIds.length > 0) {
          const visible: { id: string }[] = await manager.query(
            'SELECT id FROM modules WHERE id = ANY($1::uuid[]) AND (practice_id IS NULL OR practice_id = $2)',
            [moduleIds, user.practiceId],
          );
          const known = new Set(visible.map((v) => v.id));
          const problems = dto.agreements
            .map((a, index) => ({ a, index }))
            .filter(({ a }) => a.moduleId && !known.has(a.moduleId))
            .map(({ index }) => ({
              field: `agreements.${index}.moduleId`,
              constraint: 'knownModule',
              message: `agreements.${index}.moduleId is not a module of this practice`,
            }));
          if (problems.length > 0) throw new ValidationFailedException(problems);
        }
        const [review] = await manager.query(
          `INSERT INTO reviews (practice_id, client_id, therapist_id, period_start, period_end) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [user.practiceId, clientId, user.id, dto.periodStart, dto.periodEnd],
        );
        if (dto.agreements.length > 0) {
          await manager.query(
            `INSERT INTO agreements (review_id, practice_id, client_id, text, module_id, position)
           SELECT $1, $2, $3, a.text, a.module_id, a.n FROM unnest($4::text[], $5::uuid[]) WITH ORDINALITY AS a(text, module_id, n)`,
            [
              review.id,
              user.practiceId,
              clientId,
              dto.agreements.map((a) => a.text),
              dto.agreements.map((a) => a.moduleId ?? null),
            ],
          );
        }
        await recordSuccess({ action: 'create', objectId: review.id });
        const [row]: ReviewRow[] = await manager.query(`${REVIEW_SELECT} WHERE r.id = $1`, [
          review.id,
        ]);
        return (await withAgreements(manager, [row!]))[0]!;
      },
    );
  }

  async listForClient(user: AuthUser, clientId: string, meta: RequestMeta): Promise<Review[]> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'review.list', objectType: 'review', meta },
      async ({ manager, recordSuccess }) => {
        const rows: ReviewRow[] = await manager.query(
          `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.therapist_id = $3 ORDER BY r.created_at DESC LIMIT 100`,
          [user.practiceId, clientId, user.id],
        );
        await recordSuccess({ action: 'read' });
        return withAgreements(manager, rows);
      },
    );
  }

  /** The client's own reviews, newest first: the first one's afspraken are the plan for this week. */
  async mine(user: AuthUser, meta: RequestMeta): Promise<Review[]> {
    const rows: ReviewRow[] = await this.dataSource.query(
      `${REVIEW_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.created_at DESC LIMIT 100`,
      [user.practiceId, user.id],
    );
    await this.audit.record({
      actor: user,
      event: 'review.list',
      action: 'read',
      objectType: 'review',
      subjectId: user.id,
      basis: 'own-data',
      outcome: 'success',
      meta,
    });
    return withAgreements(this.dataSource.manager, rows);
  }
}
