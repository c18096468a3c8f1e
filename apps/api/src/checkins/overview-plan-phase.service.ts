import { Injectable } from '@nestjs/common';
import {
  matchPlanPhase,
  PLAN_MAX_DAYS_RUNNING,
  type OverviewClient,
  type PlanCheckinValues,
} from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import { SafetyPlanRepository } from '../safety-plan/safety-plan.repository';
import { CheckinsRepository } from './checkins.repository';

/** A phase counts on the overview while its check-in is this recent: an old match does not stay on top. */
const PLAN_PHASE_RECENT_DAYS = 7;

export type OverviewPlanPhase = NonNullable<OverviewClient['planPhase']>;

/**
 * The overview's signaleringsplan part: for each client who shares their plan, the warning
 * phase their latest shared check-in looks like, by the rule the client sees (with the days
 * before it, for signals that ask for days running). Only shared check-ins count, so a private
 * one neither rings nor completes a run. Two queries however many clients.
 */
@Injectable()
export class OverviewPlanPhaseService {
  constructor(
    private readonly plans: SafetyPlanRepository,
    private readonly checkins: CheckinsRepository,
  ) {}

  async forClients(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
  ): Promise<Map<string, OverviewPlanPhase>> {
    const phases = new Map<string, OverviewPlanPhase>();
    const plans = await this.plans.sharedContents(practiceId, clientIds, manager);
    if (plans.length === 0) return phases;
    const rows = await this.checkins.sharedLatestRuns(
      manager,
      practiceId,
      plans.map((plan) => plan.client_id),
      { recentDays: PLAN_PHASE_RECENT_DAYS, runDays: PLAN_MAX_DAYS_RUNNING },
    );
    const byClient = new Map<string, { latest?: PlanCheckinValues; before: PlanCheckinValues[] }>();
    for (const { client_id, latest, ...values } of rows) {
      const entry = byClient.get(client_id) ?? { before: [] };
      if (latest) entry.latest = values;
      else entry.before.push(values);
      byClient.set(client_id, entry);
    }
    for (const plan of plans) {
      const entry = byClient.get(plan.client_id);
      if (!entry?.latest) continue;
      const match = matchPlanPhase(plan.content, entry.before, entry.latest);
      if (match) phases.set(plan.client_id, { phase: match.phase, day: entry.latest.day });
    }
    return phases;
  }
}
