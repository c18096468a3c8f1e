import type { ScaleDefinition } from './scoring-profile';

/** Jacobson & Truax (1991): a change beyond ±1.96 standard errors of the difference is reliable. */
export const RCI_CRITICAL = 1.96;

export type ChangeVerdict = 'better' | 'worse' | 'no-reliable-change';

export interface ReliableChange {
  /** (after − before) / SEdiff, with SEdiff = normSd × √2 × √(1 − reliability). */
  readonly rci: number;
  readonly verdict: ChangeVerdict;
}

/** Null when the scale has no reliability or norm SD (then no claim about change is made). */
export function reliableChange(
  scale: Pick<ScaleDefinition, 'reliability' | 'normSd' | 'higherIsBetter'>,
  before: number,
  after: number,
): ReliableChange | null {
  const { reliability, normSd } = scale;
  if (reliability === null || normSd === null || reliability >= 1 || normSd <= 0) return null;
  const seDiff = normSd * Math.SQRT2 * Math.sqrt(1 - reliability);
  const rci = (after - before) / seDiff;
  if (Math.abs(rci) <= RCI_CRITICAL) return { rci, verdict: 'no-reliable-change' };
  const rose = rci > 0;
  return { rci, verdict: rose === scale.higherIsBetter ? 'better' : 'worse' };
}
