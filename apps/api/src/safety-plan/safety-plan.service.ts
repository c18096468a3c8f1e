import { HttpStatus, Injectable } from '@nestjs/common';
import {
  type PlanSuggestion,
  type PlanSuggestionConflict,
  type SafetyPlan,
  type SafetyPlanContent,
  type SharedSafetyPlan,
  validatePlanContent,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, StaleWriteException } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { AccessService } from '../care/access.service';
import type {
  AcceptPlanSuggestionDto,
  SaveSafetyPlanDto,
  ShareSafetyPlanDto,
  SuggestPlanChangeDto,
} from './dto/safety-plan.dto';
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
    const content = validContent(dto.content);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.plans.current(user.practiceId, user.id, manager, true);
      if ((current?.version ?? null) !== dto.baseVersion) throw new StaleWriteException(current);
      await this.plans.addVersion(user.practiceId, user.id, content, 'client', manager);
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

  /**
   * The therapist's view: the plan while it is shared, with what became of their own
   * suggestions; otherwise nothing (not even whether a plan exists).
   */
  sharedWithTherapist(
    user: AuthUser,
    clientId: string,
    meta: RequestMeta,
  ): Promise<SharedSafetyPlan> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'safety-plan.read', objectType: 'safety-plan', meta },
      async ({ manager, recordSuccess }) => {
        const plan = await this.plans.sharedFor(user.practiceId, clientId, manager);
        const suggestions = plan
          ? await this.plans.sharedSuggestionsFor(user.practiceId, clientId, user.id, manager)
          : [];
        await recordSuccess({ action: 'read', objectId: plan?.id ?? null, basis: 'share' });
        return { plan, suggestions };
      },
    );
  }

  /**
   * A therapist suggests a change to a shared plan, from the version they read. Stored apart:
   * the plan itself changes only when the client accepts. Not shared → 404, as for no plan.
   */
  suggest(
    user: AuthUser,
    clientId: string,
    dto: SuggestPlanChangeDto,
    meta: RequestMeta,
  ): Promise<PlanSuggestion> {
    const content = validContent(dto.content);
    const note = dto.note?.trim() || null;
    return this.access.withClient(
      user,
      clientId,
      { event: 'safety-plan.suggest', objectType: 'safety-plan-suggestion', meta },
      async ({ manager, recordSuccess }) => {
        const plan = await this.plans.sharedFor(user.practiceId, clientId, manager, true);
        if (!plan) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        if (plan.version !== dto.baseVersion) throw new StaleWriteException(plan);
        const suggestion = await this.plans.addSuggestion(
          user.practiceId,
          clientId,
          user.id,
          { content, baseVersion: dto.baseVersion, note },
          manager,
        );
        await recordSuccess({ action: 'create', objectId: suggestion.id, basis: 'share' });
        return suggestion;
      },
    );
  }

  /** The suggestions on the client's own plan, newest first (open ones and what became of the rest). */
  async mySuggestions(user: AuthUser, meta: RequestMeta): Promise<PlanSuggestion[]> {
    const suggestions = await this.plans.suggestionsForClient(user.practiceId, user.id);
    await this.access.recordOwn(user, {
      event: 'safety-plan.suggestions',
      action: 'read',
      objectType: 'safety-plan-suggestion',
      objectId: null,
      meta,
    });
    return suggestions;
  }

  /**
   * The client takes a suggestion: it becomes the plan's next version. `planVersion` is the
   * version it replaces; when the plan moved on since, 409 with the plan now and the
   * suggestion, so the client sees both and nothing is lost.
   */
  accept(
    user: AuthUser,
    suggestionId: string,
    dto: AcceptPlanSuggestionDto,
    meta: RequestMeta,
  ): Promise<SafetyPlan> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.plans.current(user.practiceId, user.id, manager, true);
      const suggestion = await this.openSuggestion(user, suggestionId, manager);
      if (!current) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
      if (current.version !== dto.planVersion) {
        const conflict: PlanSuggestionConflict = { plan: current, suggestion };
        throw new StaleWriteException(conflict);
      }
      await this.plans.addVersion(
        user.practiceId,
        user.id,
        suggestion.content,
        'therapist-suggestion',
        manager,
      );
      const saved = (await this.plans.current(user.practiceId, user.id, manager))!;
      await this.plans.decideSuggestion(
        user.practiceId,
        user.id,
        suggestionId,
        { status: 'accepted', acceptedVersion: saved.version },
        manager,
      );
      await this.access.recordOwn(
        user,
        {
          event: 'safety-plan.suggestion.accept',
          action: 'update',
          objectType: 'safety-plan',
          objectId: saved.id,
          meta,
        },
        manager,
      );
      return saved;
    });
  }

  /** The client keeps their plan as it is; the therapist sees the suggestion was declined. */
  decline(user: AuthUser, suggestionId: string, meta: RequestMeta): Promise<PlanSuggestion> {
    return this.dataSource.transaction(async (manager) => {
      await this.openSuggestion(user, suggestionId, manager);
      await this.plans.decideSuggestion(
        user.practiceId,
        user.id,
        suggestionId,
        { status: 'declined', acceptedVersion: null },
        manager,
      );
      await this.access.recordOwn(
        user,
        {
          event: 'safety-plan.suggestion.decline',
          action: 'update',
          objectType: 'safety-plan-suggestion',
          objectId: suggestionId,
          meta,
        },
        manager,
      );
      return (await this.plans.suggestion(user.practiceId, user.id, suggestionId, manager))!;
    });
  }

  /** The client's suggestion, locked; 404 when not theirs, 409 (with it) when decided already. */
  private async openSuggestion(
    user: AuthUser,
    suggestionId: string,
    manager: EntityManager,
  ): Promise<PlanSuggestion> {
    const suggestion = await this.plans.suggestion(
      user.practiceId,
      user.id,
      suggestionId,
      manager,
      true,
    );
    if (!suggestion) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    if (suggestion.status !== 'open') throw new StaleWriteException(suggestion);
    return suggestion;
  }
}

/** A plan as the shared schema allows it, trimmed; otherwise 400 naming every field and reason. */
function validContent(input: unknown): SafetyPlanContent {
  const result = validatePlanContent(input);
  if (result.ok) return result.value;
  throw new ValidationFailedException(
    result.issues.map((issue) => ({
      field: issue.path ? `content.${issue.path}` : 'content',
      constraint: 'planSchema',
      message: `content${issue.path ? `.${issue.path}` : ''} ${issue.message}`,
    })),
  );
}
