import type { SelfTestBand, SelfTestStep } from './module-schema';

/** The parts of a self-test that decide its scores; enough to check bands before the rest. */
interface ScoredShape {
  readonly items: readonly unknown[];
  readonly answerOptions: readonly { readonly value: number }[];
  readonly bands: readonly { readonly min: number; readonly max: number }[];
}

export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/** Lowest and highest possible sum: every item on the lowest, or every item on the highest value. */
export function selfTestScoreRange(step: ScoredShape): ScoreRange {
  const values = step.answerOptions.map((option) => option.value);
  if (values.length === 0) return { min: 0, max: 0 };
  return {
    min: step.items.length * Math.min(...values),
    max: step.items.length * Math.max(...values),
  };
}

/**
 * Problems with the bands of a self-test: they must follow each other in ascending order and
 * cover every possible score exactly once, without gaps or overlaps. Paths are relative to the
 * step, e.g. `bands.1.min`.
 */
export function bandCoverageIssues(
  step: ScoredShape,
): { message: string; path: (string | number)[] }[] {
  const issues: { message: string; path: (string | number)[] }[] = [];
  const range = selfTestScoreRange(step);
  const { bands } = step;
  bands.forEach((band, index) => {
    if (band.min > band.max) {
      issues.push({ message: 'A band needs min ≤ max.', path: ['bands', index, 'max'] });
    }
    if (index === 0) {
      if (band.min !== range.min) {
        issues.push({
          message: `The first band must start at the lowest possible score, ${range.min}.`,
          path: ['bands', 0, 'min'],
        });
      }
      return;
    }
    const previous = bands[index - 1];
    if (previous && band.min !== previous.max + 1) {
      const from = previous.max + 1;
      const to = band.min - 1;
      issues.push({
        message:
          band.min > from
            ? `Gap: no band covers ${from === to ? from : `${from}–${to}`}.`
            : `Overlap: this band starts at ${band.min}, the previous one ends at ${previous.max}.`,
        path: ['bands', index, 'min'],
      });
    }
  });
  const last = bands[bands.length - 1];
  if (last && last.max !== range.max) {
    issues.push({
      message: `The last band must end at the highest possible score, ${range.max}.`,
      path: ['bands', bands.length - 1, 'max'],
    });
  }
  return issues;
}

export interface SelfTestResult {
  readonly score: number;
  readonly band: SelfTestBand;
}

/**
 * The sum of the chosen values and the band it falls in. Only when every statement has an
 * allowed answer: a partly answered self-test has no outcome, and that is fine.
 */
export function scoreSelfTest(step: SelfTestStep, answer: unknown): SelfTestResult | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const chosen = answer as Record<string, unknown>;
  const allowed = new Set(step.answerOptions.map((option) => option.value));
  let score = 0;
  for (const item of step.items) {
    const value = chosen[item.id];
    if (typeof value !== 'number' || !allowed.has(value)) return null;
    score += value;
  }
  const band = step.bands.find((candidate) => candidate.min <= score && score <= candidate.max);
  return band ? { score, band } : null;
}
