import { AGREEMENT_REMINDER_DAYS, type AssignmentRhythm } from '@oefenruimte/shared';
import { localTime } from './occurrence';

/** What the scheduler reads of an active assignment to know whether a day is one of its days. */
export interface HomeworkFacts {
  readonly rhythm: AssignmentRhythm;
  readonly weekdays: readonly number[] | null;
  /** yyyy-mm-dd */
  readonly due_date: string | null;
  readonly created_at: Date;
  readonly last_submitted_at: Date | null;
}

const DAY_MS = 86_400_000;

function localDay(instant: Date, timeZone: string): { iso: string; weekday: number } {
  const local = localTime(instant, timeZone);
  const iso = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
  return { iso, weekday: local.weekday };
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether an assignment is there for the client on the day of `at` (in their time zone): on
 * its rhythm's days until its due date, or — for a one-off with a due date — the day before
 * and the day itself. Done for now (handed in today, this week, or once) means no reminder;
 * a date gone by means none either: nothing is counted as missed.
 */
export function homeworkDueOn(facts: HomeworkFacts, at: Date, timeZone: string): boolean {
  const day = localDay(at, timeZone);
  if (facts.due_date && facts.due_date < day.iso) return false;
  const last = facts.last_submitted_at ? localDay(facts.last_submitted_at, timeZone).iso : null;
  switch (facts.rhythm) {
    case 'once':
      if (last) return false;
      return !facts.due_date || day.iso === facts.due_date || day.iso === dayBefore(facts.due_date);
    case 'daily':
      return last !== day.iso;
    case 'weekdays':
      return (facts.weekdays ?? []).includes(day.weekday) && last !== day.iso;
    case 'weekly':
      return (
        localDay(facts.created_at, timeZone).weekday === day.weekday &&
        (!facts.last_submitted_at || at.getTime() - facts.last_submitted_at.getTime() >= 6 * DAY_MS)
      );
  }
}

/** The afspraken of the latest review are the plan for the week after it. */
export function agreementsCurrent(latestReviewAt: Date | null, at: Date): boolean {
  if (!latestReviewAt) return false;
  const age = at.getTime() - latestReviewAt.getTime();
  return age >= 0 && age < AGREEMENT_REMINDER_DAYS * DAY_MS;
}
