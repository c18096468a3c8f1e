import { HttpStatus, Injectable } from '@nestjs/common';
import { type SafetyPlan, validatePlanContent } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import type { SaveSafetyPlanDto, ShareSafetyPlanDto } from './dto/safety-plan.dto';
import { SafetyPlanRepository } from './safety-plan.repository';

/**
 * The client's signaleringsplan. The client writes it (often together in session), every edit
 * is a new version, a stale edit gets 409 with the current plan, and a therapist sees it only
 * while the client shares it.
 */
@Injectable()
export class SafetyPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SafetyPlanRepository,
    private readonly access: AccessService,
  ) {}

  async mine(user: AuthUser, meta: RequestMeta): Promise<SafetyPlan | null> {
    const plan = await this.plans.current(user.practiceId, user.id);
    await this.access.recordOwn(user, {
      event: 'safety-plan.read',
      action: 'read',
      objectType: 'safety-plan',
      objectId: plan?.id ?? null,
      meta,
    });
    return plan;
  }

  async history(user: AuthUser, meta: RequestMeta): Promise<SafetyPlan[]> {
    const versions = await this.plans.versions(user.practiceId, user.id);
    await this.access.recordOwn(user, {
      event: 'safety-plan.history',
      action: 'read',
      objectType: 'safety-plan',
      objectId: null,
      meta,
    });
    return versions;
  }

  async save(user: AuthUser, dto: SaveSafetyPlanDto, meta: RequestMeta): Promise<SafetyPlan> {
    const result = validatePlanContent(dto.content);
    if (!result.ok) {
      throw new ValidationFailedException(
        result.issues.map((issue) => ({
          field: issue.path ? `content.${issue.path}` : 'content',
          constraint: 'planSchema',
          message: `content${issue.path ? `.${issue.path}` : ''} ${issue.message}`,
        })),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.plans.current(user.practiceId, user.id, manager, true);
      if ((current?.version ?? null) !== dto.baseVersion) throw new StaleWriteException(current);
      await this.plans.addVersion(user.practiceId, user.id, result.value, 'client', manager);
      const saved = (await this.plans.current(user.practiceId, user.id, manager))!;
      await this.access.recordOwn(
        user,
        {
          event: 'safety-plan.save',
          action: current ? 'update' : 'create',
          objectType: 'safety-plan',
          objectId: saved.id,
          meta,
        },
        manager,
      );
      return saved;
    });
  }

  async share(user: AuthUser, dto: ShareSafetyPlanDto, meta: RequestMeta): Promise<SafetyPlan> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.plans.current(user.practiceId, user.id, manager, true);
      if (!current) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
      if (current.version !== dto.version) throw new StaleWriteException(current);
      await this.plans.setShared(user.practiceId, user.id, dto.shared, manager);
      await this.access.recordOwn(
        user,
        {
          event: dto.shared ? 'safety-plan.share' : 'safety-plan.unshare',
          action: 'update',
          objectType: 'safety-plan',
          objectId: current.id,
          meta,
        },
        manager,
      );
      return { ...current, shared: dto.shared };
    });
  }

  /** The therapist's view: the plan while it is shared, otherwise nothing (not even whether one exists). */
  sharedWithTherapist(
    user: AuthUser,
    clientId: string,
    meta: RequestMeta,
  ): Promise<{ plan: SafetyPlan | null }> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'safety-plan.read', objectType: 'safety-plan', meta },
      async ({ manager, recordSuccess }) => {
        const plan = await this.plans.sharedFor(user.practiceId, clientId, manager);
        await recordSuccess({ action: 'read', objectId: plan?.id ?? null, basis: 'share' });
        return { plan };
      },
    );
  }
}
