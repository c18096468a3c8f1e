import { STRESS_CHECK_PROFILE } from './demo/stress-check';
import { GAD7_PROFILE, ITQ_PROFILE, PCL5_PROFILE, PHQ9_PROFILE, WHO5_PROFILE } from './profiles';
import { reliableChange } from './reliable-change';
import { type ItemAnswers, scoreAnswers } from './score';
import type { ScoringProfile } from './scoring-profile';

// Every expected figure below is worked out by hand in the comment beside it.

const total = (profile: ScoringProfile, answers: ItemAnswers) =>
  scoreAnswers(profile, answers).scales.find((s) => s.id === 'total');
const scale = (profile: ScoringProfile, answers: ItemAnswers, id: string) =>
  scoreAnswers(profile, answers).scales.find((s) => s.id === id);
const rule = (profile: ScoringProfile, answers: ItemAnswers, id: string) =>
  scoreAnswers(profile, answers).rules.find((r) => r.id === id)?.met;
const scaleDef = (profile: ScoringProfile, id = 'total') => {
  const found = profile.scales.find((s) => s.id === id);
  if (!found) throw new Error(`no scale ${id}`);
  return found;
};

describe('PHQ-9', () => {
  it('sums nine items: 1+2+0+3+1+0+2+1+0 = 10, "flink wat klachten"', () => {
    const result = total(PHQ9_PROFILE, [1, 2, 0, 3, 1, 0, 2, 1, 0]);
    expect(result).toMatchObject({ score: 10, answered: 9, missing: 0, prorated: false });
    expect(result?.band?.label).toBe('Flink wat klachten');
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'Weinig klachten'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'Weinig klachten'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'Wat klachten'],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1], 9, 'Wat klachten'],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, 'Flink wat klachten'],
    [[2, 2, 2, 2, 2, 2, 2, 1, 0], 15, 'Veel klachten'],
    [[3, 3, 3, 3, 3, 2, 2, 0, 0], 19, 'Veel klachten'],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'Heel veel klachten'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'Heel veel klachten'],
  ])('band at the boundary: %j sums to %i, %s', (answers, score, label) => {
    const result = total(PHQ9_PROFILE, answers);
    expect(result?.score).toBe(score);
    expect(result?.band?.label).toBe(label);
  });

  it('prorates one missing item: eight answers of 1 sum to 8, 8 / 8 × 9 = 9', () => {
    expect(total(PHQ9_PROFILE, [1, 1, 1, 1, 1, 1, 1, 1, null])).toMatchObject({
      score: 9,
      answered: 8,
      missing: 1,
      prorated: true,
    });
  });

  it('rounds a prorated score: 2+2+2+1+1+1+1+1 = 11, 11 / 8 × 9 = 12.375 → 12', () => {
    expect(total(PHQ9_PROFILE, [2, 2, 2, 1, null, 1, 1, 1, 1])?.score).toBe(12);
  });

  it('gives no score with two items missing', () => {
    expect(total(PHQ9_PROFILE, [3, 3, 3, 3, 3, 3, 3, null, null])).toMatchObject({
      score: null,
      band: null,
      missing: 2,
    });
  });

  it('item 9 answered 1 or more leads to the safety screen; 0 or skipped does not', () => {
    const low = [0, 0, 0, 0, 0, 0, 0, 0];
    expect(scoreAnswers(PHQ9_PROFILE, [...low, 1])).toMatchObject({
      safety: true,
      criticalItems: [9],
    });
    expect(scoreAnswers(PHQ9_PROFILE, [...low, 0])).toMatchObject({
      safety: false,
      criticalItems: [],
    });
    expect(scoreAnswers(PHQ9_PROFILE, [...low, null]).safety).toBe(false);
  });

  it('reliable change: SEdiff = 3.5 × √2 × √(1 − .89) = 1.6416; 18 → 9 gives RCI −5.48', () => {
    const change = reliableChange(scaleDef(PHQ9_PROFILE), 18, 9);
    expect(change?.verdict).toBe('better');
    expect(change?.rci).toBeCloseTo(-5.482, 2);
    // 1.96 × 1.6416 = 3.22: a drop of 4 is reliable, a drop of 3 is not.
    expect(reliableChange(scaleDef(PHQ9_PROFILE), 12, 8)?.verdict).toBe('better');
    expect(reliableChange(scaleDef(PHQ9_PROFILE), 12, 9)?.verdict).toBe('no-reliable-change');
    expect(reliableChange(scaleDef(PHQ9_PROFILE), 9, 13)?.verdict).toBe('worse');
  });
});

describe('GAD-7', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, 'Weinig klachten'],
    [[1, 1, 1, 1, 0, 0, 0], 4, 'Weinig klachten'],
    [[1, 1, 1, 1, 1, 0, 0], 5, 'Wat klachten'],
    [[2, 2, 2, 1, 1, 1, 0], 9, 'Wat klachten'],
    [[2, 2, 2, 2, 2, 0, 0], 10, 'Flink wat klachten'],
    [[2, 2, 2, 2, 2, 2, 2], 14, 'Flink wat klachten'],
    [[3, 2, 2, 2, 2, 2, 2], 15, 'Veel klachten'],
    [[3, 3, 3, 3, 3, 3, 3], 21, 'Veel klachten'],
  ])('band at the boundary: %j sums to %i, %s', (answers, score, label) => {
    const result = total(GAD7_PROFILE, answers);
    expect(result?.score).toBe(score);
    expect(result?.band?.label).toBe(label);
  });

  it('prorates one missing item: six answers of 2 = 12, 12 / 6 × 7 = 14', () => {
    expect(total(GAD7_PROFILE, [2, 2, 2, null, 2, 2, 2])).toMatchObject({
      score: 14,
      prorated: true,
    });
    expect(total(GAD7_PROFILE, [2, 2, null, null, 2, 2, 2])?.score).toBeNull();
  });

  it('reliable change: SEdiff = 3.4 × √(2 × .08) = 1.36; 10 → 7 is −2.21, 10 → 8 is −1.47', () => {
    expect(reliableChange(scaleDef(GAD7_PROFILE), 10, 7)?.rci).toBeCloseTo(-2.206, 2);
    expect(reliableChange(scaleDef(GAD7_PROFILE), 10, 7)?.verdict).toBe('better');
    expect(reliableChange(scaleDef(GAD7_PROFILE), 10, 8)?.verdict).toBe('no-reliable-change');
  });
});

describe('PCL-5', () => {
  //          B: 1–5          C: 6–7  D: 8–14               E: 15–20
  const meets = [2, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 0, 0, 3, 2, 0, 0, 0, 0];

  it('sums the clusters: B 2, C 2, D 4, E 5, total 13', () => {
    const result = scoreAnswers(PCL5_PROFILE, meets);
    expect(result.scales.map((s) => [s.id, s.score])).toEqual([
      ['total', 13],
      ['B', 2],
      ['C', 2],
      ['D', 4],
      ['E', 5],
    ]);
  });

  it('the DSM-5 pattern needs B ≥ 1, C ≥ 1, D ≥ 2, E ≥ 2 items rated 2 or more, even at a low total', () => {
    expect(rule(PCL5_PROFILE, meets, 'dsm5-pattern')).toBe(true);
    expect(total(PCL5_PROFILE, meets)?.band?.label).toBe('Minder klachten');
  });

  it('one D item short: not met', () => {
    const oneD = [...meets];
    oneD[8] = 1; // item 9 from 2 to 1: D has one endorsed item
    expect(rule(PCL5_PROFILE, oneD, 'dsm5-pattern')).toBe(false);
  });

  it('items rated 1 ("a little bit") never count', () => {
    expect(rule(PCL5_PROFILE, Array(20).fill(1), 'dsm5-pattern')).toBe(false);
  });

  it('no C item endorsed: not met', () => {
    const noC = [...meets];
    noC[6] = 1;
    expect(rule(PCL5_PROFILE, noC, 'dsm5-pattern')).toBe(false);
  });

  it('undecided when a skipped item could make the difference', () => {
    const open: (number | null)[] = [...meets];
    open[8] = null; // D: item 8 endorsed, item 9 skipped, the rest 0
    expect(rule(PCL5_PROFILE, open, 'dsm5-pattern')).toBeNull();
    expect(scale(PCL5_PROFILE, open, 'D')?.score).toBeNull();
  });

  it('band at the boundary: 16 items of 2 = 32, "minder klachten"; one more point = 33, "veel klachten"', () => {
    const at32 = [...Array(16).fill(2), 0, 0, 0, 0];
    expect(total(PCL5_PROFILE, at32)).toMatchObject({
      score: 32,
      band: { label: 'Minder klachten' },
    });
    const at33 = [...Array(16).fill(2), 1, 0, 0, 0];
    expect(total(PCL5_PROFILE, at33)).toMatchObject({
      score: 33,
      band: { label: 'Veel klachten' },
    });
  });

  it('prorates two missing items: eighteen 2s = 36, 36 / 18 × 20 = 40; three missing gives no score', () => {
    expect(total(PCL5_PROFILE, [...Array(18).fill(2), null, null])?.score).toBe(40);
    expect(total(PCL5_PROFILE, [...Array(17).fill(2), null, null, null])?.score).toBeNull();
  });

  it('reliable change: SEdiff = 12.4 × √(2 × .06) = 4.2955; 50 → 41 is −2.10, 50 → 42 is −1.86', () => {
    expect(reliableChange(scaleDef(PCL5_PROFILE), 50, 41)?.rci).toBeCloseTo(-2.095, 2);
    expect(reliableChange(scaleDef(PCL5_PROFILE), 50, 41)?.verdict).toBe('better');
    expect(reliableChange(scaleDef(PCL5_PROFILE), 50, 42)?.verdict).toBe('no-reliable-change');
  });
});

describe('ITQ', () => {
  //  P1 P2 P3 P4 P5 P6  P7 P8 P9  C1 C2 C3 C4 C5 C6  C7 C8 C9
  const ptsdOnly = [2, 0, 0, 3, 2, 0, 0, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  const cptsd = [2, 0, 0, 3, 2, 0, 0, 2, 0, 2, 1, 1, 2, 3, 1, 1, 2, 1];

  it('PTSD criteria: one of each pair plus one impairment item; without DSO it is the PTSD pattern', () => {
    const result = scoreAnswers(ITQ_PROFILE, ptsdOnly);
    expect(Object.fromEntries(result.rules.map((r) => [r.id, r.met]))).toEqual({
      'ptsd-criteria': true,
      'dso-criteria': false,
      'cptsd-pattern': false,
      'ptsd-pattern': true,
    });
    // PTSD sum 2+0+0+3+2+0 = 7, DSO sum six 1s = 6
    expect(result.scales.map((s) => [s.id, s.score])).toEqual([
      ['ptsd', 7],
      ['dso', 6],
    ]);
  });

  it('PTSD and DSO criteria together: complex PTSD pattern, never both', () => {
    expect(rule(ITQ_PROFILE, cptsd, 'cptsd-pattern')).toBe(true);
    expect(rule(ITQ_PROFILE, cptsd, 'ptsd-pattern')).toBe(false);
  });

  it('no functional impairment (P7–P9 all 1): neither pattern, whatever the DSO items say', () => {
    const noImpairment = [...cptsd];
    noImpairment[7] = 1;
    expect(rule(ITQ_PROFILE, noImpairment, 'ptsd-criteria')).toBe(false);
    expect(rule(ITQ_PROFILE, noImpairment, 'dso-criteria')).toBe(true);
    expect(rule(ITQ_PROFILE, noImpairment, 'cptsd-pattern')).toBe(false);
    expect(rule(ITQ_PROFILE, noImpairment, 'ptsd-pattern')).toBe(false);
  });

  it('DSO symptoms without a DSO impairment item (C7–C9 below 2): the PTSD pattern', () => {
    const noDsoImpairment = [...cptsd];
    noDsoImpairment[16] = 1;
    expect(rule(ITQ_PROFILE, noDsoImpairment, 'ptsd-pattern')).toBe(true);
    expect(rule(ITQ_PROFILE, noDsoImpairment, 'cptsd-pattern')).toBe(false);
  });

  it('a skipped pair member decides nothing when the other one is endorsed; skipped impairment items leave it open', () => {
    const skippedP2: (number | null)[] = [...ptsdOnly];
    skippedP2[1] = null;
    expect(rule(ITQ_PROFILE, skippedP2, 'ptsd-pattern')).toBe(true);
    const skippedImpairment: (number | null)[] = [...ptsdOnly];
    skippedImpairment[6] = null;
    skippedImpairment[7] = null;
    skippedImpairment[8] = null;
    expect(rule(ITQ_PROFILE, skippedImpairment, 'ptsd-criteria')).toBeNull();
    expect(rule(ITQ_PROFILE, skippedImpairment, 'ptsd-pattern')).toBeNull();
  });
});

describe('WHO-5', () => {
  it('raw 3+4+2+3+1 = 13, × 4 = 52 %: "redelijk tot goed"; higher is better, no reverse items', () => {
    expect(total(WHO5_PROFILE, [3, 4, 2, 3, 1])).toMatchObject({
      score: 52,
      band: { label: 'Je voelt je redelijk tot goed' },
    });
    expect(WHO5_PROFILE.reverseItems).toEqual([]);
  });

  it.each([
    [[0, 0, 0, 0, 0], 0, 'Je voelt je vaak niet goed'],
    [[2, 2, 1, 1, 1], 28, 'Je voelt je vaak niet goed'],
    [[2, 2, 2, 1, 1], 32, 'Je voelt je minder goed'],
    [[3, 3, 2, 2, 2], 48, 'Je voelt je minder goed'],
    [[5, 5, 5, 5, 5], 100, 'Je voelt je redelijk tot goed'],
  ])('band at the boundary: %j gives %i %%, %s', (answers, score, label) => {
    expect(total(WHO5_PROFILE, answers)).toMatchObject({ score, band: { label } });
  });

  it('a missing item gives no score (no prorating for the WHO-5)', () => {
    expect(total(WHO5_PROFILE, [5, 5, 5, 5, null])).toMatchObject({ score: null, missing: 1 });
  });

  it('makes no claim about reliable change without checked figures', () => {
    expect(reliableChange(scaleDef(WHO5_PROFILE), 20, 80)).toBeNull();
  });
});

describe('stress-check (own demo instrument)', () => {
  it('reverse-scores statement 3: 2+3+(4−4=0)+1+2+0 = 8, "wat stress"', () => {
    expect(total(STRESS_CHECK_PROFILE, [2, 3, 4, 1, 2, 0])).toMatchObject({
      score: 8,
      band: { label: 'Wat stress' },
    });
    // statement 3 answered 0 ("helemaal niet tot rust") counts as 4: 2+3+4+1+2+0 = 12
    expect(total(STRESS_CHECK_PROFILE, [2, 3, 0, 1, 2, 0])?.score).toBe(12);
  });

  it('prorates up to two missing: 2+3+1+0 = 6, 6 / 4 × 6 = 9; three missing gives no score', () => {
    expect(total(STRESS_CHECK_PROFILE, [2, 3, null, 1, null, 0])).toMatchObject({
      score: 9,
      prorated: true,
    });
    expect(total(STRESS_CHECK_PROFILE, [2, null, null, 1, null, 0])?.score).toBeNull();
  });

  it('band boundaries: 7 / 8 and 15 / 16', () => {
    // statement 3 answered 4 counts 0
    expect(total(STRESS_CHECK_PROFILE, [2, 2, 4, 2, 1, 0])?.band?.label).toBe('Weinig stress');
    expect(total(STRESS_CHECK_PROFILE, [2, 2, 4, 2, 2, 0])?.band?.label).toBe('Wat stress');
    expect(total(STRESS_CHECK_PROFILE, [4, 4, 4, 4, 3, 0])?.band?.label).toBe('Wat stress');
    expect(total(STRESS_CHECK_PROFILE, [4, 4, 4, 4, 4, 0])?.band?.label).toBe('Veel stress');
  });

  it('statement 6 answered 1 or more leads to the safety screen', () => {
    expect(scoreAnswers(STRESS_CHECK_PROFILE, [0, 0, 4, 0, 0, 1]).safety).toBe(true);
    expect(scoreAnswers(STRESS_CHECK_PROFILE, [0, 0, 4, 0, 0, 0]).safety).toBe(false);
  });
});

describe('a mean scale (self-made profile)', () => {
  const meanProfile: ScoringProfile = {
    ...STRESS_CHECK_PROFILE,
    id: 'mean-test',
    scales: [{ ...scaleDef(STRESS_CHECK_PROFILE), method: 'mean', bands: [] }],
  };

  it('averages the answered items after reverse scoring: (2+3+0+1)/4 = 1.5', () => {
    expect(total(meanProfile, [2, 3, 4, 1, null, null])).toMatchObject({
      score: 1.5,
      prorated: false,
    });
  });
});
