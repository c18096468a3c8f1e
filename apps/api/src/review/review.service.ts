import { Injectable } from '@nestjs/common';
import type { Review, ReviewBundle } from '@oefenruimte/shared';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import { todayInAmsterdam, toCheckin } from '../checkins/checkin-rows';
import { ResponsesRepository } from '../homework/responses.repository';
import { ModulesRepository } from '../library/modules.repository';
import type { CreateReviewDto } from './dto/review.dto';
import { ReviewRepository } from './review.repository';

/**
 * "Samen terugkijken": what therapist and client look at together (only what the client
 * shared), and the afspraken they record, which both see afterwards.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly reviews: ReviewRepository,
    private readonly responses: ResponsesRepository,
    private readonly modules: ModulesRepository,
  ) {}

  async bundle(user: AuthUser, clientId: string, meta: RequestMeta): Promise<ReviewBundle> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'review.open', objectType: 'review', meta },
      async ({ manager, recordSuccess }) => {
        const previous = await this.reviews.therapistLatest(
          user.practiceId,
          clientId,
          user.id,
          manager,
        );
        const periodEnd = todayInAmsterdam();
        const periodStart =
          previous?.review.periodEnd ??
          new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
        // New since the last review is what was made or shared after it, whatever day it is
        // about: a check-in filled in later for an earlier day must not fall between two reviews.
        const since = previous?.createdAt ?? new Date(`${periodStart}T00:00:00Z`);
        const checkins = await this.reviews.sharedCheckinsFor(
          user.practiceId,
          clientId,
          { from: periodStart, until: periodEnd, since },
          manager,
        );
        const responses = await this.responses.sharedSinceFor(
          user.practiceId,
          clientId,
          user.id,
          { from: periodStart, since },
          manager,
        );
        const feedback = await this.responses.feedbackCountFor(
          user.practiceId,
          clientId,
          user.id,
          periodStart,
          manager,
        );
        await recordSuccess({ action: 'read', basis: 'share' });
        return {
          periodStart,
          periodEnd,
          previousReview: previous?.review ?? null,
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
          const known = new Set(await this.modules.visibleIds(user.practiceId, moduleIds, manager));
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
        const review = await this.reviews.create(
          user.practiceId,
          clientId,
          user.id,
          {
            periodStart: dto.periodStart,
            periodEnd: dto.periodEnd,
            agreements: dto.agreements.map((a) => ({ text: a.text, moduleId: a.moduleId ?? null })),
          },
          manager,
        );
        await recordSuccess({ action: 'create', objectId: review.id });
        return review;
      },
    );
  }

  async listForClient(user: AuthUser, clientId: string, meta: RequestMeta): Promise<Review[]> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'review.list', objectType: 'review', meta },
      async ({ manager, recordSuccess }) => {
        const reviews = await this.reviews.therapistList(
          user.practiceId,
          clientId,
          user.id,
          manager,
        );
        await recordSuccess({ action: 'read' });
        return reviews;
      },
    );
  }

  /** The client's own reviews, newest first: the first one's afspraken are the plan for this week. */
  async mine(user: AuthUser, meta: RequestMeta): Promise<Review[]> {
    const reviews = await this.reviews.ownList(user.practiceId, user.id);
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
    return reviews;
  }
}
