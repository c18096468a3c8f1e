/**
 * A scoring profile: everything needed to turn one instrument's answers into scores, as data.
 * Items are referred to by their number: the position of the scorable item (choice/integer) in
 * the Questionnaire, counted from 1 in document order, so that a practice's own import of an
 * instrument (whatever linkIds it uses) is scored the same way as the published item numbers.
 */

/** A band starts at `from` and runs up to the next band's `from`; the bands never leave a gap. */
export interface SeverityBand {
  readonly from: number;
  /** Short plain-Dutch label (B1), a description of the amount of complaints, never a diagnosis. */
  readonly label: string;
  /** One or two plain-Dutch sentences on what the band means. */
  readonly meaning: string;
}

export interface ScaleDefinition {
  readonly id: string;
  readonly label: string;
  /** Item numbers (1-based) that make up this scale. */
  readonly items: readonly number[];
  readonly method: 'sum' | 'mean';
  /** A factor applied after summing (WHO-5: raw × 4 gives a percentage). */
  readonly multiply?: number;
  /** How many of this scale's items may be unanswered before there is no score. */
  readonly maxMissing: number;
  /** With a sum: 'prorate' scales up the answered items' sum; 'no-score' allows no gap at all. */
  readonly missing: 'prorate' | 'no-score';
  readonly bands: readonly SeverityBand[];
  /** Which way is better; decides whether a reliable change is an improvement. */
  readonly higherIsBetter: boolean;
  /** For the reliable change index; null when no figure we could check is known. */
  readonly reliability: number | null;
  readonly normSd: number | null;
}

/** An item whose answer at or above the threshold leads to the safety screen. */
export interface CriticalItem {
  readonly item: number;
  readonly atLeast: number;
  /** Why it is critical (for the therapist), in Dutch. */
  readonly reason: string;
}

/** A group of items of which at least `atLeast` must be endorsed (answer ≥ the rule's threshold). */
export interface RuleGroup {
  readonly label: string;
  readonly items: readonly number[];
  readonly atLeast: number;
}

/**
 * A symptom-pattern rule (PCL-5 DSM-5 clusters, ITQ PTSD/DSO). Met when every group is met,
 * every rule in `requires` is met and no rule in `unless` is met. Its wording says what the
 * pattern is, never that someone "has" a disorder: that takes a clinical interview.
 */
export interface PatternRule {
  readonly id: string;
  readonly label: string;
  readonly meaning: string;
  readonly endorsedAt: number;
  readonly groups: readonly RuleGroup[];
  readonly requires?: readonly string[];
  readonly unless?: readonly string[];
}

export interface ScoringProfile {
  readonly id: string;
  readonly title: string;
  /** Matched against Questionnaire.url (without `|version`). */
  readonly canonicals: readonly string[];
  /** Matched against Questionnaire.code. */
  readonly codes: readonly { readonly system: string; readonly code: string }[];
  readonly itemCount: number;
  /** Every item's answers must run exactly from min to max (the published scoring). */
  readonly itemRange: { readonly min: number; readonly max: number };
  /** Item numbers scored the other way round: value becomes min + max − value. */
  readonly reverseItems: readonly number[];
  readonly scales: readonly ScaleDefinition[];
  readonly criticalItems: readonly CriticalItem[];
  readonly rules: readonly PatternRule[];
  /** Where the figures come from, for the README and the therapist's info screen. */
  readonly sources: readonly string[];
  /** Licence and where a practice obtains the official (Dutch) version. */
  readonly licence: string;
}
