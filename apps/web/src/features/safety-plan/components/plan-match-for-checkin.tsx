import { matchPlanPhase, type Checkin } from '@oefenruimte/shared';
import { useMyPlan } from '../api/get-my-plan';
import { PlanMatchNotice } from './plan-match-notice';

/**
 * Right after a check-in: when it (with the days before it) looks like the orange or red
 * phase of the client's own plan, their own steps and contacts. Nothing without a plan.
 */
export function PlanMatchForCheckin({
  checkin,
  recent,
}: {
  checkin: Checkin;
  recent: readonly Checkin[];
}) {
  const plan = useMyPlan();
  if (!plan.data) return null;
  const match = matchPlanPhase(
    plan.data.content,
    recent.filter((other) => other.id !== checkin.id),
    checkin,
  );
  return match ? <PlanMatchNotice match={match} content={plan.data.content} /> : null;
}
