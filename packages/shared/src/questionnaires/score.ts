import type { PatternRule, ScaleDefinition, ScoringProfile, SeverityBand } from './scoring-profile';

/** One answer per item number: `answers[0]` is item 1; null or absent means not answered. */
export type ItemAnswers = readonly (number | null | undefined)[];

export interface ScaleScore {
  readonly id: string;
  /** Null when too many items are missing: no score is better than a wrong one. */
  readonly score: number | null;
  readonly answered: number;
  readonly missing: number;
  /** True when missing items were filled in by prorating. */
  readonly prorated: boolean;
  readonly band: SeverityBand | null;
}

export interface RuleOutcome {
  readonly id: string;
  /** Null when the unanswered items decide it either way. */
  readonly met: boolean | null;
}

export interface ScoreResult {
  readonly profileId: string;
  readonly scales: readonly ScaleScore[];
  readonly rules: readonly RuleOutcome[];
  /** Item numbers of critical items answered at or above their threshold. */
  readonly criticalItems: readonly number[];
  /** Leads to the same safety screen as a danger check-in. */
  readonly safety: boolean;
}

/** The answer to item `n` after reverse scoring; null when unanswered. */
function itemValue(profile: ScoringProfile, answers: ItemAnswers, n: number): number | null {
  const raw = answers[n - 1];
  if (raw === null || raw === undefined) return null;
  const { min, max } = profile.itemRange;
  return profile.reverseItems.includes(n) ? min + max - raw : raw;
}

export function bandFor(bands: readonly SeverityBand[], score: number): SeverityBand | null {
  let found: SeverityBand | null = null;
  for (const band of bands) if (score >= band.from) found = band;
  return found;
}

/**
 * Prorating multiplies the answered items' mean by the number of items and rounds to a whole
 * number (half up), so the bands' whole-number boundaries keep their meaning.
 */
function scoreScale(
  profile: ScoringProfile,
  scale: ScaleDefinition,
  answers: ItemAnswers,
): ScaleScore {
  const values = scale.items
    .map((n) => itemValue(profile, answers, n))
    .filter((v): v is number => v !== null);
  const answered = values.length;
  const missing = scale.items.length - answered;
  const sum = values.reduce((a, b) => a + b, 0);
  const none = { id: scale.id, score: null, answered, missing, prorated: false, band: null };
  if (answered === 0 || missing > scale.maxMissing) return none;
  if (scale.method === 'sum' && missing > 0 && scale.missing === 'no-score') return none;
  let score: number;
  if (scale.method === 'mean') score = Math.round((sum / answered) * 100) / 100;
  else if (missing === 0) score = sum;
  else score = Math.round((sum / answered) * scale.items.length);
  score *= scale.multiply ?? 1;
  return {
    id: scale.id,
    score,
    answered,
    missing,
    prorated: scale.method === 'sum' && missing > 0,
    band: bandFor(scale.bands, score),
  };
}

function ruleGroupsMet(
  profile: ScoringProfile,
  rule: PatternRule,
  answers: ItemAnswers,
): boolean | null {
  let undecided = false;
  for (const group of rule.groups) {
    const values = group.items.map((n) => itemValue(profile, answers, n));
    const endorsed = values.filter((v) => v !== null && v >= rule.endorsedAt).length;
    const open = values.filter((v) => v === null).length;
    if (endorsed >= group.atLeast) continue;
    if (endorsed + open >= group.atLeast) undecided = true;
    else return false;
  }
  return undecided ? null : true;
}

function evaluateRules(profile: ScoringProfile, answers: ItemAnswers): RuleOutcome[] {
  const outcomes = new Map<string, boolean | null>();
  // Rules may only refer to rules listed before them, so one pass in order decides all.
  for (const rule of profile.rules) {
    const parts: (boolean | null)[] = [ruleGroupsMet(profile, rule, answers)];
    // An unknown rule id counts as not met; an undecided one (null) stays undecided.
    const outcome = (id: string) =>
      outcomes.has(id) ? (outcomes.get(id) as boolean | null) : false;
    for (const id of rule.requires ?? []) parts.push(outcome(id));
    for (const id of rule.unless ?? []) {
      const other = outcome(id);
      parts.push(other === null ? null : !other);
    }
    const met = parts.includes(false) ? false : parts.includes(null) ? null : true;
    outcomes.set(rule.id, met);
  }
  return profile.rules.map((rule) => ({ id: rule.id, met: outcomes.get(rule.id) ?? null }));
}

/** Scores, bands, pattern rules and critical items of one set of answers. Pure: same in API and web. */
export function scoreAnswers(profile: ScoringProfile, answers: ItemAnswers): ScoreResult {
  const criticalItems = profile.criticalItems
    .filter((c) => {
      const raw = answers[c.item - 1];
      return raw !== null && raw !== undefined && raw >= c.atLeast;
    })
    .map((c) => c.item);
  return {
    profileId: profile.id,
    scales: profile.scales.map((scale) => scoreScale(profile, scale, answers)),
    rules: evaluateRules(profile, answers),
    criticalItems,
    safety: criticalItems.length > 0,
  };
}
