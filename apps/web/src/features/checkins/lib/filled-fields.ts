import type { CheckinValues, ModuleItemsShown } from './checkin-values';

export type FilledField =
  | 'tension'
  | 'mood'
  | 'energy'
  | 'sleep'
  | 'window'
  | 'bodySignals'
  | 'urge'
  | 'contact'
  | 'trigger'
  | 'instead'
  | 'boundarySet'
  | 'boundaryReaction'
  | 'note'
  | 'safety';

/** What was answered, in form order: the therapist sees exactly these when it is shared. */
export function filledFields(values: CheckinValues, shown: ModuleItemsShown): FilledField[] {
  const answered: [FilledField, boolean][] = [
    ['tension', values.tension !== null],
    ['mood', values.mood !== null],
    ['energy', values.energy !== null],
    ['sleep', values.sleep !== null],
    ['window', values.window !== null],
    ['bodySignals', values.bodySignals.length > 0],
    ['urge', shown.ontwennen && values.urge !== null],
    ['contact', shown.ontwennen && values.contact !== null],
    ['trigger', shown.ontwennen && values.trigger.trim() !== ''],
    ['instead', shown.ontwennen && values.instead.trim() !== ''],
    ['boundarySet', shown.grenzen && values.boundarySet !== null],
    ['boundaryReaction', shown.grenzen && values.boundaryReaction.trim() !== ''],
    ['note', values.note.trim() !== ''],
    ['safety', values.safety === 'ja' || values.safety === 'nee'],
  ];
  return answered.filter(([, filled]) => filled).map(([field]) => field);
}
