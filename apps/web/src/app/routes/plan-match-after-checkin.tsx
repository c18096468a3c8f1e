import { type Checkin, PLAN_MAX_DAYS_RUNNING } from '@oefenruimte/shared';
import { lazy, Suspense } from 'react';
import { useMyCheckins } from '../../features/checkins/api/get-my-checkins';
import { addDays } from '../../lib/dates';

// Only after a check-in, and only for who has a plan: not part of the form's first load.
const PlanMatchForCheckin = lazy(async () => ({
  default: (await import('../../features/safety-plan/components/plan-match-for-checkin'))
    .PlanMatchForCheckin,
}));

/**
 * Joins the check-in to the signaleringsplan: the days before this check-in (a signal may ask
 * for days running) and, when they look like orange or red, the client's own steps.
 */
export function PlanMatchAfterCheckin({ checkin }: { checkin: Checkin }) {
  const recent = useMyCheckins(addDays(checkin.day, 1 - PLAN_MAX_DAYS_RUNNING), checkin.day);
  if (!recent.data) return null;
  return (
    <Suspense fallback={null}>
      <PlanMatchForCheckin checkin={checkin} recent={recent.data} />
    </Suspense>
  );
}
