import { STRESS_CHECK_PROFILE } from './demo/stress-check';
import { scaleChanges } from './result-changes';
import { scoreAnswers } from './score';

// Stress-check: SEdiff = 4 × √2 × √(1 − 0.8) = 2.530, so a change beyond 1.96 × 2.530 = 4.96
// points is reliable. Statement 3 is reverse-scored (4 − value).
const score = (answers: (number | null)[]) => scoreAnswers(STRESS_CHECK_PROFILE, answers);

describe('scaleChanges', () => {
  it('calls 10 → 4 a reliable improvement (−6 points, RCI −2.37)', () => {
    // 10: 2+2+(4−2)+2+2+0; 4: 1+1+(4−3)+1+0+0.
    expect(
      scaleChanges(STRESS_CHECK_PROFILE, score([2, 2, 2, 2, 2, 0]), score([1, 1, 3, 1, 0, 0])),
    ).toEqual([{ scaleId: 'total', previous: 10, current: 4, verdict: 'better' }]);
  });

  it('calls 10 → 6 no reliable change (−4 points, RCI −1.58)', () => {
    // 6: 1+1+(4−3)+1+2+0.
    expect(
      scaleChanges(STRESS_CHECK_PROFILE, score([2, 2, 2, 2, 2, 0]), score([1, 1, 3, 1, 2, 0]))[0]
        ?.verdict,
    ).toBe('no-reliable-change');
  });

  it('makes no claim without a score on both sides', () => {
    // Three of six missing: more than the two allowed, so no score.
    expect(
      scaleChanges(
        STRESS_CHECK_PROFILE,
        score([2, 2, 2, 2, 2, 0]),
        score([1, null, null, null, 2, 0]),
      ),
    ).toEqual([]);
    expect(scaleChanges(STRESS_CHECK_PROFILE, null, score([1, 1, 1, 1, 1, 1]))).toEqual([]);
  });
});
