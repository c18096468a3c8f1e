import type { AssignmentRhythm, AssignmentState, AssignmentStatus } from '@oefenruimte/shared';

export interface AssignmentFacts {
  readonly status: AssignmentStatus;
  readonly rhythm: AssignmentRhythm;
  readonly weekdays: readonly number[] | null;
  /** yyyy-mm-dd */
  readonly dueDate: string | null;
  readonly hasDraft: boolean;
  readonly lastSubmittedAt: Date | null;
}

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** Whether the last submission counts for the current period of the rhythm. */
function doneForNow(facts: AssignmentFacts, now: Date): boolean {
  const last = facts.lastSubmittedAt;
  if (!last) return false;
  switch (facts.rhythm) {
    case 'once':
      return true;
    case 'daily':
    case 'weekdays':
      return isoDay(last) === isoDay(now);
    case 'weekly':
      return now.getTime() - last.getTime() < 7 * DAY_MS;
  }
}

/**
 * What the therapist sees per assignment. A repeating assignment is "open" again in each new
 * period; nothing here counts missed days (no streaks to lose, no "you missed 3 days").
 */
export function assignmentState(facts: AssignmentFacts, now: Date = new Date()): AssignmentState {
  if (facts.status === 'withdrawn') return 'withdrawn';
  if (facts.status === 'paused') return 'paused';
  if (doneForNow(facts, now)) return 'done';
  if (facts.hasDraft) return 'in-progress';
  if (
    facts.rhythm === 'weekdays' &&
    facts.weekdays &&
    !facts.weekdays.includes(isoWeekday(now)) &&
    facts.lastSubmittedAt
  ) {
    return 'done';
  }
  if (facts.dueDate && facts.dueDate < isoDay(now) && !facts.lastSubmittedAt) return 'overdue';
  return 'open';
}
