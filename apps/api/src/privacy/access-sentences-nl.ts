import {
  type AccessActorKind,
  type AccessObject,
  type AccessSentenceKey,
  describeAccess,
  type AccessLogEntry,
} from '@oefenruimte/shared';

type ClientKey = Extract<AccessSentenceKey, `other.${string}` | `self.${string}`>;

/** The client's access log in the export, in the same words as the app's page (nl). */
const SENTENCES: Record<ClientKey, string> = {
  'other.viewedData': '{actor} bekeek je gegevens',
  'other.sawInList': '{actor} zag je naam in het overzicht van cliënten',
  'other.preparedExercise': '{actor} zette een oefening voor je klaar',
  'other.viewedExercises': '{actor} bekeek je oefeningen',
  'other.changedExercise': '{actor} paste een oefening aan',
  'other.viewedShared': '{actor} bekeek wat je hebt gedeeld',
  'other.readShared': '{actor} las een oefening die je hebt gedeeld',
  'other.gaveFeedback': '{actor} reageerde op iets wat je deelde',
  'other.endedCare': '{actor} beëindigde de zorgrelatie',
  'other.viewedCheckins': '{actor} bekeek je gedeelde check-ins',
  'other.sawSafety': '{actor} zag je veiligheidssignaal',
  'other.openedReview': '{actor} opende Samen terugkijken',
  'other.savedReview': '{actor} legde jullie afspraken vast',
  'other.viewedReviews': '{actor} bekeek jullie afspraken',
  'other.refused': '{actor} probeerde {object} te openen — dat is geweigerd',
  'other.read': '{actor} bekeek je gegevens',
  'other.search': '{actor} zocht in je gegevens',
  'other.create': '{actor} voegde iets toe aan je gegevens',
  'other.update': '{actor} veranderde iets in je gegevens',
  'other.delete': '{actor} verwijderde iets uit je gegevens',
  'other.export': '{actor} downloadde je gegevens',
  'other.login': '{actor} logde in',
  'other.logout': '{actor} logde uit',
  'self.acceptedInvitation': 'Je nam de uitnodiging aan',
  'self.startedExercise': 'Je begon aan een oefening',
  'self.savedExercise': 'Je bewaarde een oefening',
  'self.finishedExercise': 'Je rondde een oefening af',
  'self.changedSharing': 'Je veranderde wat je deelt',
  'self.viewedExercises': 'Je bekeek je oefeningen',
  'self.madeCheckin': 'Je deed een check-in',
  'self.changedCheckin': 'Je veranderde een check-in',
  'self.sharedCheckin': 'Je deelde een check-in met je therapeut',
  'self.unsharedCheckin': 'Je nam het delen van een check-in terug',
  'self.viewedCheckins': 'Je bekeek je check-ins',
  'self.viewedReviews': 'Je bekeek je afspraken',
  'self.refused': 'Je probeerde {object} te openen — dat is geweigerd',
  'self.read': 'Je bekeek je gegevens',
  'self.search': 'Je zocht in je gegevens',
  'self.create': 'Je voegde iets toe',
  'self.update': 'Je veranderde iets',
  'self.delete': 'Je verwijderde iets',
  'self.export': 'Je downloadde je gegevens',
  'self.login': 'Je logde in',
  'self.logout': 'Je logde uit',
  'other.viewedPlan': '{actor} las je signaleringsplan',
  'other.suggestedPlanChange': '{actor} stelde een wijziging van je signaleringsplan voor',
  'other.gaveQuestionnaire': '{actor} zette een vragenlijst voor je klaar',
  'other.viewedQuestionnaires': '{actor} bekeek de vragenlijsten die je deelde',
  'other.stoppedQuestionnaire': '{actor} stopte een vragenlijst',
  'other.unsubscribedByLink': 'Een herinnering werd uitgezet met de link in een e-mail',
  'self.viewedPlan': 'Je bekeek je signaleringsplan',
  'self.savedPlan': 'Je bewaarde je signaleringsplan',
  'self.sharedPlan': 'Je deelde je signaleringsplan met je therapeut',
  'self.unsharedPlan': 'Je nam het delen van je signaleringsplan terug',
  'self.viewedPlanSuggestions': 'Je bekeek de voorstellen voor je signaleringsplan',
  'self.tookPlanSuggestion': 'Je nam een voorstel voor je signaleringsplan over',
  'self.keptPlan': 'Je hield je signaleringsplan zoals het was',
  'self.viewedQuestionnaires': 'Je bekeek je vragenlijsten',
  'self.pausedQuestionnaire': 'Je bewaarde een vragenlijst om later verder te gaan',
  'self.finishedQuestionnaire': 'Je vulde een vragenlijst in',
  'self.viewedReminders': 'Je bekeek je herinneringen',
  'self.changedReminders': 'Je paste je herinneringen aan',
  'self.answeredReminderSuggestion': 'Je gaf antwoord op een voorgestelde herinnering',
  'self.addedDevice': 'Je zette meldingen aan op een apparaat',
  'self.removedDevice': 'Je haalde een apparaat weg uit je herinneringen',
  'self.testedDevice': 'Je stuurde een testmelding',
};

const OBJECTS: Record<AccessObject, string> = {
  checkins: 'je check-ins',
  exercises: 'je oefeningen',
  review: 'Samen terugkijken',
  plan: 'je signaleringsplan',
  questionnaires: 'je vragenlijsten',
  reminders: 'je herinneringen',
  data: 'je gegevens',
};

function actorLabel(kind: AccessActorKind, name: string | null): string {
  switch (kind) {
    case 'me':
      return 'Je';
    case 'my-therapist':
      return name ? `Je therapeut ${name}` : 'Je therapeut';
    case 'my-practice':
      return name ? `${name} van je praktijk` : 'Iemand van je praktijk';
    case 'other-practice':
      return 'Iemand van een andere praktijk';
    case 'someone':
      return 'Iemand anders';
  }
}

/** One row of the client's access log as a Dutch sentence. */
export function accessSentenceNl(
  entry: Pick<
    AccessLogEntry,
    | 'event'
    | 'action'
    | 'actorRole'
    | 'actorKind'
    | 'actorName'
    | 'basis'
    | 'outcome'
    | 'objectType'
  >,
): string {
  const sentence = describeAccess(entry, 'client');
  const text = SENTENCES[sentence.key as ClientKey] ?? SENTENCES['other.read'];
  return text
    .replace('{actor}', actorLabel(entry.actorKind, entry.actorName))
    .replace('{object}', OBJECTS[sentence.object]);
}
