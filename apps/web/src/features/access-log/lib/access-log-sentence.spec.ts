import type { AccessLogEntry } from '@oefenruimte/shared';
import { describeAccess } from './access-log-sentence';

type Entry = Pick<
  AccessLogEntry,
  'event' | 'action' | 'actorRole' | 'actorKind' | 'basis' | 'outcome' | 'objectType'
>;

const byTherapist = (event: string, action: Entry['action'] = 'read'): Entry => ({
  event,
  action,
  actorRole: 'therapist',
  actorKind: 'my-therapist',
  basis: 'care-relation',
  outcome: 'success',
  objectType: 'client',
});

describe('describeAccess, as the client sees it', () => {
  it.each([
    ['client.read', 'other.viewedData'],
    ['client.list', 'other.sawInList'],
    ['assignment.create', 'other.preparedExercise'],
    ['assignment.paused', 'other.changedExercise'],
    ['response.read', 'other.readShared'],
    ['feedback.create', 'other.gaveFeedback'],
    ['care-relation.end', 'other.endedCare'],
  ])('%s by the therapist reads as %s, with the care relation as the reason', (event, key) => {
    expect(describeAccess(byTherapist(event), 'client')).toMatchObject({
      key,
      reason: 'care-relation',
    });
  });

  it.each([
    ['safety-plan.read', 'other.viewedPlan', 'plan'],
    ['safety-plan.suggest', 'other.suggestedPlanChange', 'plan'],
    ['questionnaire.assign', 'other.gaveQuestionnaire', 'questionnaires'],
    ['questionnaire.read', 'other.viewedQuestionnaires', 'questionnaires'],
    ['questionnaire.stop', 'other.stoppedQuestionnaire', 'questionnaires'],
  ] as const)('%s by the therapist names what it was about (%s)', (event, key, object) => {
    const objectType = object === 'plan' ? 'safety-plan' : 'questionnaire-assignment';
    expect(describeAccess({ ...byTherapist(event), objectType }, 'client')).toMatchObject({
      key,
      object,
    });
  });

  it.each([
    ['safety-plan.save', 'self.savedPlan'],
    ['safety-plan.share', 'self.sharedPlan'],
    ['safety-plan.suggestion.accept', 'self.tookPlanSuggestion'],
    ['safety-plan.suggestion.decline', 'self.keptPlan'],
    ['questionnaire.submit', 'self.finishedQuestionnaire'],
    ['questionnaire.draft', 'self.pausedQuestionnaire'],
    ['reminders.update', 'self.changedReminders'],
    ['reminders.device.create', 'self.addedDevice'],
  ])("the client's own %s reads as %s, not as a change to “your data”", (event, key) => {
    const own: Entry = {
      ...byTherapist(event, 'update'),
      actorRole: 'client',
      actorKind: 'me',
      basis: 'own-data',
    };
    expect(describeAccess(own, 'client').key).toBe(key);
  });

  it('says a reminder was turned off by the link in an e-mail, not that someone changed data', () => {
    const byLink: Entry = {
      ...byTherapist('reminders.unsubscribe', 'update'),
      actorRole: null,
      actorKind: 'someone',
      basis: 'own-data',
      objectType: 'reminder',
    };
    expect(describeAccess(byLink, 'client')).toMatchObject({
      key: 'other.unsubscribedByLink',
      object: 'reminders',
    });
  });

  it('falls back to a sentence per action for events it does not know yet', () => {
    expect(describeAccess(byTherapist('checkin.read'), 'client').key).toBe('other.read');
    expect(describeAccess(byTherapist('data.export', 'export'), 'client').key).toBe('other.export');
  });

  it("tells the client's own actions apart from someone else's", () => {
    const own = {
      ...byTherapist('response.submit', 'update'),
      actorRole: 'client' as const,
      actorKind: 'me' as const,
    };
    expect(describeAccess(own, 'client')).toMatchObject({
      key: 'self.finishedExercise',
      reason: null,
    });
    expect(
      describeAccess({ ...own, event: 'care-relation.create', basis: 'own-data' }, 'client').key,
    ).toBe('self.acceptedInvitation');
  });

  it('says plainly when someone was refused, and what they tried to open, without a reason', () => {
    expect(
      describeAccess(
        {
          ...byTherapist('checkin.list'),
          actorKind: 'other-practice',
          outcome: 'refused',
          objectType: 'checkin',
        },
        'client',
      ),
    ).toEqual({ key: 'other.refused', reason: null, object: 'checkins', refused: true });
  });

  it('tells another client apart from the client themself', () => {
    const other = {
      ...byTherapist('checkin.refused'),
      actorRole: 'client' as const,
      actorKind: 'someone' as const,
      outcome: 'refused' as const,
      objectType: 'checkin',
    };
    expect(describeAccess(other, 'client').key).toBe('other.refused');
    expect(describeAccess({ ...other, actorKind: 'me' }, 'client').key).toBe('self.refused');
  });
});

describe("describeAccess, as the therapist's own log", () => {
  const own = (event: string, outcome: Entry['outcome'] = 'success', action = 'read') =>
    describeAccess(
      {
        event,
        action: action as Entry['action'],
        actorRole: 'therapist',
        actorKind: 'me',
        basis: 'own-data',
        outcome,
        objectType: 'client',
      },
      'therapist',
    ).key;

  it('names login steps by their outcome', () => {
    expect(own('session.login', 'success', 'login')).toBe('own.loggedIn');
    expect(own('session.login', 'refused', 'login')).toBe('own.loginFailed');
    expect(own('second-factor.verify', 'refused', 'login')).toBe('own.codeFailed');
    expect(own('second-factor.replay', 'refused', 'login')).toBe('own.replayRefused');
    expect(own('session.login-throttled', 'refused', 'login')).toBe('own.loginThrottled');
  });

  it('describes work with client data, and refusals as such', () => {
    expect(own('client.read')).toBe('own.viewedClient');
    expect(own('assignment.withdrawn', 'success', 'update')).toBe('own.changedExercise');
    expect(own('client.read', 'refused')).toBe('own.refused');
    expect(own('something.new', 'success', 'delete')).toBe('own.delete');
  });
});
