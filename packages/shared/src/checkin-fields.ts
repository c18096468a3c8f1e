import type { BodySignal, Checkin, CheckinModuleItems, WindowOfTolerance } from './checkins';

/** How a check-in value reads: a 0–10 scale, yes/no, the client's own words, or a list. */
export type CheckinFieldKind = 'scale' | 'yes-no' | 'text' | 'window' | 'body-signals';

export interface CheckinFieldSpec {
  /** The Dutch label, as in the check-in form. */
  readonly label: string;
  readonly kind: CheckinFieldKind;
}

/** What the client writes in a check-in, besides the day and the sharing choices. */
export type CheckinAnswers = Pick<
  Checkin,
  'tension' | 'mood' | 'energy' | 'sleep' | 'window' | 'bodySignals' | 'note' | 'safetyConcern'
>;

/**
 * Everything a check-in holds, in form order: one list that the exports (JSON and readable)
 * and the screens walk, so a new question cannot be left out of one of them. The mapped types
 * make it complete: a field added to the check-in without an entry here does not compile.
 */
export const CHECKIN_ANSWER_FIELDS: { readonly [K in keyof CheckinAnswers]-?: CheckinFieldSpec } = {
  tension: { label: 'Spanning', kind: 'scale' },
  mood: { label: 'Stemming', kind: 'scale' },
  energy: { label: 'Energie', kind: 'scale' },
  sleep: { label: 'Slaap', kind: 'scale' },
  window: { label: 'Raam van tolerantie', kind: 'window' },
  bodySignals: { label: 'Lichaam', kind: 'body-signals' },
  note: { label: 'Notitie', kind: 'text' },
  safetyConcern: {
    label: 'Ben je nu in gevaar, of denk je eraan jezelf iets aan te doen?',
    kind: 'yes-no',
  },
};

/** The items assigned modules add (Ontwennen, Grenzen stellen). */
export const CHECKIN_ITEM_FIELDS: {
  readonly [K in keyof CheckinModuleItems]-?: CheckinFieldSpec;
} = {
  urge: { label: 'Drang om contact te zoeken', kind: 'scale' },
  contact: { label: 'Contact gehad', kind: 'yes-no' },
  trigger: { label: 'Aanleiding', kind: 'text' },
  instead: { label: 'Wat ik in plaats daarvan deed', kind: 'text' },
  boundarySet: { label: 'Grens aangegeven', kind: 'yes-no' },
  boundaryReaction: { label: 'Reactie op mijn grens', kind: 'text' },
};

export const WINDOW_LABELS: Readonly<Record<WindowOfTolerance, string>> = {
  overprikkeld: 'Overprikkeld',
  'binnen-raam': 'Binnen mijn raam',
  bevroren: 'Bevroren of afwezig',
};

export const BODY_SIGNAL_LABELS: Readonly<Record<BodySignal, string>> = {
  hartkloppingen: 'Hartkloppingen',
  'gespannen-spieren': 'Gespannen spieren',
  hoofdpijn: 'Hoofdpijn',
  buikpijn: 'Buikpijn',
  trillen: 'Trillen',
  moe: 'Moe',
  onrustig: 'Onrustig',
  verdoofd: 'Verdoofd',
  ademhaling: 'Snelle of hoge adem',
  'slecht-slapen': 'Slecht geslapen',
};

/** One answered field of a check-in, ready to show: label and value in plain Dutch. */
export interface CheckinLine {
  readonly key: string;
  readonly label: string;
  readonly kind: CheckinFieldKind;
  readonly text: string;
}

/** A value in plain Dutch; null when it was not answered (so it is left out, not shown as empty). */
export function checkinValueText(kind: CheckinFieldKind, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'scale':
      return typeof value === 'number' ? `${value} van 10` : null;
    case 'yes-no':
      return typeof value === 'boolean' ? (value ? 'Ja' : 'Nee') : null;
    case 'text':
      return typeof value === 'string' && value.trim() ? value : null;
    case 'window':
      return WINDOW_LABELS[value as WindowOfTolerance] ?? null;
    case 'body-signals':
      return Array.isArray(value) && value.length > 0
        ? value.map((signal: BodySignal) => BODY_SIGNAL_LABELS[signal] ?? signal).join(', ')
        : null;
  }
}

/** Every answered field of a check-in (answers, then module items), in form order. */
export function checkinLines(
  checkin: Pick<Checkin, keyof CheckinAnswers | 'items'>,
): CheckinLine[] {
  const answers = Object.entries(CHECKIN_ANSWER_FIELDS).map(([key, spec]) => ({
    key,
    spec,
    value: checkin[key as keyof CheckinAnswers],
  }));
  const items = Object.entries(CHECKIN_ITEM_FIELDS).map(([key, spec]) => ({
    key: `items.${key}`,
    spec,
    value: checkin.items?.[key as keyof CheckinModuleItems],
  }));
  // The safety answer last, as in the form; the module items before the note.
  const ordered = [
    ...answers.filter((a) => a.key !== 'note' && a.key !== 'safetyConcern'),
    ...items,
    ...answers.filter((a) => a.key === 'note' || a.key === 'safetyConcern'),
  ];
  return ordered.flatMap(({ key, spec, value }) => {
    const text = checkinValueText(spec.kind, value);
    return text === null ? [] : [{ key, label: spec.label, kind: spec.kind, text }];
  });
}
