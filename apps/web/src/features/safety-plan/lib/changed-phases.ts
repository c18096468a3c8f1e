import { PLAN_PHASES, type PlanPhase, type SafetyPlanContent } from '@oefenruimte/shared';

/** The phases in which a suggestion differs from the plan, in plan order. */
export function changedPhases(plan: SafetyPlanContent, other: SafetyPlanContent): PlanPhase[] {
  return PLAN_PHASES.filter(
    (phase) => JSON.stringify(plan[phase]) !== JSON.stringify(other[phase]),
  );
}
