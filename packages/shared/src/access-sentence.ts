import type { AccessLogEntry, AuditAction } from './identity';

/**
 * One access-log row as a plain sentence, for the client's page, the therapist's own log and
 * the readable export alike: this decides which sentence; the texts live with each reader.
 */

/** What someone looked at or tried to open, in words a client knows. */
export type AccessObject =
  'checkins' | 'exercises' | 'review' | 'plan' | 'questionnaires' | 'reminders' | 'data';

/** A therapist's work on a client's exercises: a sentence for the client and for the therapist alike. */
type ExerciseWorkKey =
  | 'preparedExercise'
  | 'viewedExercises'
  | 'changedExercise'
  | 'viewedShared'
  | 'readShared'
  | 'gaveFeedback';

/** A therapist's work on the client's review, plan and questionnaires: one sentence for both logs. */
type CareWorkKey =
  | 'openedReview'
  | 'savedReview'
  | 'viewedReviews'
  | 'viewedPlan'
  | 'suggestedPlanChange'
  | 'gaveQuestionnaire'
  | 'viewedQuestionnaires'
  | 'stoppedQuestionnaire';

/** Someone else did something with the client's data (their therapist, mostly). */
export type OtherKey =
  | 'viewedData'
  | 'sawInList'
  | ExerciseWorkKey
  | 'endedCare'
  | 'viewedCheckins'
  | 'sawSafety'
  | CareWorkKey
  | 'unsubscribedByLink'
  | 'refused'
  | AuditAction;

/** The client did it themself. */
export type SelfKey =
  | 'acceptedInvitation'
  | 'startedExercise'
  | 'savedExercise'
  | 'finishedExercise'
  | 'changedSharing'
  | 'viewedExercises'
  | 'madeCheckin'
  | 'changedCheckin'
  | 'sharedCheckin'
  | 'unsharedCheckin'
  | 'viewedCheckins'
  | 'viewedReviews'
  | 'viewedPlan'
  | 'savedPlan'
  | 'sharedPlan'
  | 'unsharedPlan'
  | 'viewedPlanSuggestions'
  | 'tookPlanSuggestion'
  | 'keptPlan'
  | 'viewedQuestionnaires'
  | 'pausedQuestionnaire'
  | 'finishedQuestionnaire'
  | 'viewedReminders'
  | 'changedReminders'
  | 'answeredReminderSuggestion'
  | 'addedDevice'
  | 'removedDevice'
  | 'testedDevice'
  | 'refused'
  | AuditAction;

/** The therapist's own actions. */
export type OwnKey =
  | 'loggedIn'
  | 'loginFailed'
  | 'loginThrottled'
  | 'loggedOut'
  | 'enrolledSecondFactor'
  | 'enrolFailed'
  | 'verifiedCode'
  | 'codeFailed'
  | 'usedRecovery'
  | 'recoveryFailed'
  | 'replayRefused'
  | 'changedPassword'
  | 'resetPassword'
  | 'viewedClientList'
  | 'viewedClient'
  | 'viewedOverview'
  | 'endedCare'
  | ExerciseWorkKey
  | 'viewedCheckins'
  | 'markedSeen'
  | CareWorkKey
  | 'refused'
  | AuditAction;

export type AccessSentenceKey = `other.${OtherKey}` | `self.${SelfKey}` | `own.${OwnKey}`;

/** Why someone else could see it: shown under the sentence, in the client's view. */
export type AccessReason = 'care-relation' | 'share' | 'practice';

export interface AccessSentence {
  readonly key: AccessSentenceKey;
  readonly reason: AccessReason | null;
  readonly object: AccessObject;
  readonly refused: boolean;
}

/** The therapist's work on exercises: the same sentence in the client's log and in the therapist's own. */
const EXERCISE_WORK: Record<string, ExerciseWorkKey> = {
  'assignment.create': 'preparedExercise',
  'assignment.list': 'viewedExercises',
  'assignment.read': 'viewedExercises',
  'response.list': 'viewedShared',
  'response.read': 'readShared',
  'feedback.create': 'gaveFeedback',
};

/** The therapist's work on review, plan and questionnaires: likewise the same sentence in both logs. */
const CARE_WORK: Record<string, CareWorkKey> = {
  'review.open': 'openedReview',
  'review.create': 'savedReview',
  'review.list': 'viewedReviews',
  'safety-plan.read': 'viewedPlan',
  'safety-plan.suggest': 'suggestedPlanChange',
  'questionnaire.assign': 'gaveQuestionnaire',
  'questionnaire.read': 'viewedQuestionnaires',
  'questionnaire.stop': 'stoppedQuestionnaire',
};

const OTHER: Record<string, OtherKey> = {
  'client.read': 'viewedData',
  'client.list': 'sawInList',
  ...EXERCISE_WORK,
  'care-relation.end': 'endedCare',
  'checkin.list': 'viewedCheckins',
  'checkin.seen': 'sawSafety',
  ...CARE_WORK,
  // Without a login, from the link in a reminder e-mail: nobody is known to have done it.
  'reminders.unsubscribe': 'unsubscribedByLink',
};

const SELF: Record<string, SelfKey> = {
  'care-relation.create': 'acceptedInvitation',
  'response.start': 'startedExercise',
  'response.save': 'savedExercise',
  'response.submit': 'finishedExercise',
  'response.share': 'changedSharing',
  'checkin.preferences': 'changedSharing',
  'assignment.list': 'viewedExercises',
  'assignment.read': 'viewedExercises',
  'checkin.create': 'madeCheckin',
  'checkin.update': 'changedCheckin',
  'checkin.share': 'sharedCheckin',
  'checkin.unshare': 'unsharedCheckin',
  'checkin.list': 'viewedCheckins',
  'review.list': 'viewedReviews',
  'safety-plan.read': 'viewedPlan',
  'safety-plan.history': 'viewedPlan',
  'safety-plan.save': 'savedPlan',
  'safety-plan.share': 'sharedPlan',
  'safety-plan.unshare': 'unsharedPlan',
  'safety-plan.suggestions': 'viewedPlanSuggestions',
  'safety-plan.suggestion.accept': 'tookPlanSuggestion',
  'safety-plan.suggestion.decline': 'keptPlan',
  'questionnaire.list': 'viewedQuestionnaires',
  'questionnaire.open': 'viewedQuestionnaires',
  'questionnaire.results': 'viewedQuestionnaires',
  'questionnaire.draft': 'pausedQuestionnaire',
  'questionnaire.submit': 'finishedQuestionnaire',
  'questionnaire.share': 'changedSharing',
  'questionnaire.unshare': 'changedSharing',
  'reminders.read': 'viewedReminders',
  'reminders.history.read': 'viewedReminders',
  'reminders.update': 'changedReminders',
  'reminders.suggestion.accept': 'answeredReminderSuggestion',
  'reminders.suggestion.decline': 'answeredReminderSuggestion',
  'reminders.device.create': 'addedDevice',
  'reminders.device.delete': 'removedDevice',
  'reminders.test': 'testedDevice',
};

const OWN: Record<string, OwnKey> = {
  'session.logout': 'loggedOut',
  'session.login-throttled': 'loginThrottled',
  'second-factor.replay': 'replayRefused',
  'password.change': 'changedPassword',
  'password.reset': 'resetPassword',
  'client.list': 'viewedClientList',
  'client.read': 'viewedClient',
  'overview.read': 'viewedOverview',
  'care-relation.end': 'endedCare',
  ...EXERCISE_WORK,
  'checkin.list': 'viewedCheckins',
  'checkin.seen': 'markedSeen',
  ...CARE_WORK,
};

/** Login steps read differently when they failed. */
const OWN_WITH_OUTCOME: Record<string, readonly [OwnKey, OwnKey]> = {
  'session.login': ['loggedIn', 'loginFailed'],
  'second-factor.enrol': ['enrolledSecondFactor', 'enrolFailed'],
  'second-factor.verify': ['verifiedCode', 'codeFailed'],
  'second-factor.recovery': ['usedRecovery', 'recoveryFailed'],
};

const OBJECTS: Record<string, AccessObject> = {
  checkin: 'checkins',
  assignment: 'exercises',
  response: 'exercises',
  feedback: 'exercises',
  review: 'review',
  agreement: 'review',
  'safety-plan': 'plan',
  'safety-plan-suggestion': 'plan',
  'questionnaire-assignment': 'questionnaires',
  'questionnaire-response': 'questionnaires',
  reminder: 'reminders',
  'reminder-settings': 'reminders',
  'reminder-suggestion': 'reminders',
  'reminder-deliveries': 'reminders',
  'push-device': 'reminders',
};

/** The object an audit row's object type stands for; everything else is "your data". */
export function accessObject(objectType: string): AccessObject {
  return OBJECTS[objectType] ?? 'data';
}

/** Every change of an assignment's status (`assignment.paused`, …) is "changed an exercise". */
function isAssignmentChange(event: string): boolean {
  return event.startsWith('assignment.') && !(event in OTHER);
}

/** Whether the person whose log it is did it themself (older entries: a client's own rows). */
export function isOwnAction(entry: Pick<AccessLogEntry, 'actorKind' | 'actorRole'>): boolean {
  return entry.actorKind === 'me';
}

/**
 * `client`: what happened to my data (by me, or by someone else, usually my therapist);
 * `therapist`: what I did. Unknown events fall back to a sentence per action, so a new event
 * type never shows up as a code.
 */
export function describeAccess(
  entry: Pick<
    AccessLogEntry,
    'event' | 'action' | 'actorRole' | 'actorKind' | 'basis' | 'outcome' | 'objectType'
  >,
  perspective: 'client' | 'therapist',
): AccessSentence {
  const refused = entry.outcome === 'refused';
  const object = accessObject(entry.objectType);
  const sentence = (key: AccessSentenceKey, reason: AccessReason | null = null) => ({
    key,
    reason,
    object,
    refused,
  });
  if (perspective === 'therapist') {
    const pair = OWN_WITH_OUTCOME[entry.event];
    if (pair) return sentence(`own.${pair[refused ? 1 : 0]}`);
    const mapped = OWN[entry.event];
    const alwaysRefused = mapped === 'loginThrottled' || mapped === 'replayRefused';
    if (refused && !alwaysRefused) return sentence('own.refused');
    const own = mapped ?? (isAssignmentChange(entry.event) ? 'changedExercise' : entry.action);
    return sentence(`own.${own}`);
  }
  if (isOwnAction(entry)) {
    if (refused) return sentence('self.refused');
    return sentence(`self.${SELF[entry.event] ?? entry.action}`);
  }
  if (refused) return sentence('other.refused');
  const reason: AccessReason | null =
    entry.basis === 'care-relation' || entry.basis === 'share' || entry.basis === 'practice'
      ? entry.basis
      : null;
  const other =
    OTHER[entry.event] ?? (isAssignmentChange(entry.event) ? 'changedExercise' : entry.action);
  return sentence(`other.${other}`, reason);
}
