import type { ScaleChange } from './api';
import { reliableChange } from './reliable-change';
import type { ScoreResult } from './score';
import type { ScoringProfile } from './scoring-profile';

/**
 * Per scale with a score both times: the previous and current score and whether the change is
 * reliable (RCI). The same in the API (stored with each result) and on any screen.
 */
export function scaleChanges(
  profile: ScoringProfile,
  previous: ScoreResult | null,
  current: ScoreResult | null,
): ScaleChange[] {
  if (!previous || !current) return [];
  return profile.scales.flatMap((scale) => {
    const before = previous.scales.find((s) => s.id === scale.id)?.score ?? null;
    const after = current.scales.find((s) => s.id === scale.id)?.score ?? null;
    if (before === null || after === null) return [];
    return [
      {
        scaleId: scale.id,
        previous: before,
        current: after,
        verdict: reliableChange(scale, before, after)?.verdict ?? null,
      },
    ];
  });
}
