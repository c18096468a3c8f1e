import type { ScaleDefinition } from '../scoring-profile';

/**
 * A symptom subscale shown beside the total (PCL-5's clusters, ITQ's PTSD and DSO parts): a
 * plain sum with no gap allowed, and no bands or reliable-change figures of its own.
 */
export const sumSubscale = (id: string, label: string, items: number[]): ScaleDefinition => ({
  id,
  label,
  items,
  method: 'sum',
  maxMissing: 0,
  missing: 'no-score',
  higherIsBetter: false,
  reliability: null,
  normSd: null,
  bands: [],
});
