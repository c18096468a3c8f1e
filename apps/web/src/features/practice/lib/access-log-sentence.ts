import type { AccessLogEntry, AuditAction } from '@oefenruimte/shared';

/** Someone else did something with the client's data (their therapist, mostly). */
type OtherKey =
  | 'viewedData'
  | 'sawInList'
  | 'preparedExercise'
  | 'viewedExercises'
  | 'changedExercise'
  | 'viewedShared'
  | 'readShared'
  | 'gaveFeedback'
  | 'endedCare'
  | 'refused'
  | AuditAction;

/** The client did it themself. */
type SelfKey =
  | 'acceptedInvitation'
  | 'startedExercise'
  | 'savedExercise'
  | 'finishedExercise'
  | 'changedSharing'
  | 'viewedExercises'
  | AuditAction;

/** The therapist's own actions. */
type OwnKey =
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
  | 'endedCare'
  | 'preparedExercise'
  | 'viewedExercises'
  | 'changedExercise'
  | 'viewedShared'
  | 'readShared'
  | 'gaveFeedback'
  | 'refused'
  | AuditAction;

export type AccessSentenceKey = `other.${OtherKey}` | `self.${SelfKey}` | `own.${OwnKey}`;

/** Why someone else could see it: shown under the sentence, in the client's view. */
export type AccessReason = 'care-relation' | 'share' | 'practice';

export interface AccessSentence {
  readonly key: AccessSentenceKey;
  readonly reason: AccessReason | null;
}

const OTHER: Record<string, OtherKey> = {
  'client.read': 'viewedData',
  'client.list': 'sawInList',
  'assignment.create': 'preparedExercise',
  'assignment.list': 'viewedExercises',
  'assignment.read': 'viewedExercises',
  'response.list': 'viewedShared',
  'response.read': 'readShared',
  'feedback.create': 'gaveFeedback',
  'care-relation.end': 'endedCare',
};

const SELF: Record<string, SelfKey> = {
  'care-relation.create': 'acceptedInvitation',
  'response.start': 'startedExercise',
  'response.save': 'savedExercise',
  'response.submit': 'finishedExercise',
  'response.share': 'changedSharing',
  'assignment.list': 'viewedExercises',
  'assignment.read': 'viewedExercises',
};

const OWN: Record<string, OwnKey> = {
  'session.logout': 'loggedOut',
  'session.login-throttled': 'loginThrottled',
  'second-factor.replay': 'replayRefused',
  'password.change': 'changedPassword',
  'password.reset': 'resetPassword',
  'client.list': 'viewedClientList',
  'client.read': 'viewedClient',
  'care-relation.end': 'endedCare',
  'assignment.create': 'preparedExercise',
  'assignment.list': 'viewedExercises',
  'assignment.read': 'viewedExercises',
  'response.list': 'viewedShared',
  'response.read': 'readShared',
  'feedback.create': 'gaveFeedback',
};

/** Login steps read differently when they failed. */
const OWN_WITH_OUTCOME: Record<string, readonly [OwnKey, OwnKey]> = {
  'session.login': ['loggedIn', 'loginFailed'],
  'second-factor.enrol': ['enrolledSecondFactor', 'enrolFailed'],
  'second-factor.verify': ['verifiedCode', 'codeFailed'],
  'second-factor.recovery': ['usedRecovery', 'recoveryFailed'],
};

/** Every change of an assignment's status (`assignment.paused`, …) is "changed an exercise". */
function isAssignmentChange(event: string): boolean {
  return event.startsWith('assignment.') && !(event in OTHER);
}

/**
 * One access-log row as a plain sentence. `client`: what happened to my data (by me, or by
 * someone else, usually my therapist); `therapist`: what I did. Unknown events fall back to
 * a sentence per action, so a new event type never shows up as a code.
 */
export function describeAccess(
  entry: Pick<AccessLogEntry, 'event' | 'action' | 'actorRole' | 'basis' | 'outcome'>,
  perspective: 'client' | 'therapist',
): AccessSentence {
  const refused = entry.outcome === 'refused';
  if (perspective === 'therapist') {
    const pair = OWN_WITH_OUTCOME[entry.event];
    if (pair) return { key: `own.${pair[refused ? 1 : 0]}`, reason: null };
    const mapped = OWN[entry.event];
    const alwaysRefused = mapped === 'loginThrottled' || mapped === 'replayRefused';
    if (refused && !alwaysRefused) return { key: 'own.refused', reason: null };
    const own = mapped ?? (isAssignmentChange(entry.event) ? 'changedExercise' : entry.action);
    return { key: `own.${own}`, reason: null };
  }
  if (entry.actorRole === 'client') {
    const self = SELF[entry.event] ?? entry.action;
    return { key: `self.${self}`, reason: null };
  }
  const reason: AccessReason | null =
    entry.basis === 'care-relation' || entry.basis === 'share' || entry.basis === 'practice'
      ? entry.basis
      : null;
  if (refused) return { key: 'other.refused', reason: null };
  const other =
    OTHER[entry.event] ?? (isAssignmentChange(entry.event) ? 'changedExercise' : entry.action);
  return { key: `other.${other}`, reason };
}
