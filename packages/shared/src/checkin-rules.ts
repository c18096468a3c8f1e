import { CHECKIN_SCALE, type NeedReason } from './checkins';

/**
 * The rules of a check-in that the API and the web both apply, each written once here.
 * The API stores what they decide; the web uses them to react before anything is saved.
 */

/** The most check-ins one list returns (the client's own and a therapist's view): a year of several a day. */
export const CHECKIN_LIST_LIMIT = 1500;

/**
 * The most safety-critical rule of the product: a check-in signals danger when the safety
 * question is answered yes, or tension is at the top of the scale. Nothing else counts, and an
 * unanswered question never does.
 */
export function signalsDanger(answers: {
  readonly safetyConcern?: boolean | null;
  readonly tension?: number | null;
}): boolean {
  return answers.safetyConcern === true || answers.tension === CHECKIN_SCALE.max;
}

/** Why a client needs a look, most urgent first: the overview sorts by the first reason. */
export const NEED_REASON_ORDER: readonly NeedReason[] = [
  'safety',
  'questionnaire-safety',
  // The client's own plan, with the safety signals: red beside danger, orange just after.
  'plan-rood',
  'plan-oranje',
  'new-checkins',
  'new-responses',
  'overdue',
  'rising-tension',
  'discuss',
];
