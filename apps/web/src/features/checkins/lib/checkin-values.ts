import {
  type BodySignal,
  type CheckinInput,
  initialShareState,
  signalsDanger as checkinSignalsDanger,
  type WindowOfTolerance,
} from '@oefenruimte/shared';

export type SafetyAnswer = 'ja' | 'nee' | 'liever-niet';

/** What the check-in form holds; every question may stay empty. */
export interface CheckinValues {
  readonly day: string;
  readonly tension: number | null;
  readonly mood: number | null;
  readonly energy: number | null;
  readonly sleep: number | null;
  readonly window: WindowOfTolerance | null;
  readonly bodySignals: readonly BodySignal[];
  readonly note: string;
  readonly urge: number | null;
  readonly contact: boolean | null;
  readonly trigger: string;
  readonly instead: string;
  readonly boundarySet: boolean | null;
  readonly boundaryReaction: string;
  readonly safety: SafetyAnswer | null;
  /** null: not chosen yet, so the client's default applies. */
  readonly shared: boolean | null;
  readonly discuss: boolean;
}

export function emptyValues(day: string): CheckinValues {
  return {
    day,
    tension: null,
    mood: null,
    energy: null,
    sleep: null,
    window: null,
    bodySignals: [],
    note: '',
    urge: null,
    contact: null,
    trigger: '',
    instead: '',
    boundarySet: null,
    boundaryReaction: '',
    safety: null,
    shared: null,
    discuss: false,
  };
}

const text = (value: string) => (value.trim() ? value.trim() : null);

/** Which module items the form shows. */
export interface ModuleItemsShown {
  readonly ontwennen: boolean;
  readonly grenzen: boolean;
}

/** The request body: only what was answered, so "not answered" stays visible as such. */
export function toCheckinInput(
  values: CheckinValues,
  shareByDefault: boolean,
  shown: ModuleItemsShown,
): CheckinInput {
  const items = {
    ...(shown.ontwennen
      ? {
          urge: values.urge,
          contact: values.contact,
          trigger: text(values.trigger),
          instead: text(values.instead),
        }
      : {}),
    ...(shown.grenzen
      ? { boundarySet: values.boundarySet, boundaryReaction: text(values.boundaryReaction) }
      : {}),
  };
  return {
    day: values.day,
    tension: values.tension,
    mood: values.mood,
    energy: values.energy,
    sleep: values.sleep,
    window: values.window,
    bodySignals: values.bodySignals,
    note: text(values.note),
    ...(shown.ontwennen || shown.grenzen ? { items } : {}),
    safetyConcern: values.safety === 'ja' ? true : values.safety === 'nee' ? false : null,
    shared: values.shared ?? initialShareState(shareByDefault),
    discuss: values.discuss,
  };
}

/** The API's own danger rule (from shared), applied to what the form holds before it is saved. */
export function signalsDanger(values: CheckinValues): boolean {
  return checkinSignalsDanger({ safetyConcern: values.safety === 'ja', tension: values.tension });
}
