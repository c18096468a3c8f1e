import type { ScaleDefinition, ScoringProfile } from '@oefenruimte/shared';

/** The lowest and highest score a scale can have, for the chart's axis and its bands. */
export function scaleRange(profile: ScoringProfile, scale: ScaleDefinition) {
  const { min, max } = profile.itemRange;
  const factor = scale.multiply ?? 1;
  if (scale.method === 'mean') return { min, max };
  return { min: min * scale.items.length * factor, max: max * scale.items.length * factor };
}

/** Each band with where it ends (the next band's start, or the scale's top). */
export function bandSpans(profile: ScoringProfile, scale: ScaleDefinition) {
  const { max } = scaleRange(profile, scale);
  return scale.bands.map((band, index) => ({
    ...band,
    to: scale.bands[index + 1]?.from ?? max,
  }));
}
