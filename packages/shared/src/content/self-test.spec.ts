import { SELF_TEST_DISCLAIMER, type SelfTestStep } from './module-schema';
import { bandCoverageIssues, scoreSelfTest, selfTestScoreRange } from './self-test';

const step: SelfTestStep = {
  id: 'spiegel',
  kind: 'self-test',
  prompt: 'Hoe past dit?',
  items: ['een', 'twee', 'drie'].map((id) => ({ id, statement: `Zin ${id}` })),
  answerOptions: [
    { value: 0, label: 'Past niet' },
    { value: 1, label: 'Een beetje' },
    { value: 2, label: 'Grotendeels' },
    { value: 3, label: 'Helemaal' },
  ],
  scoring: { method: 'sum' },
  bands: [
    { min: 0, max: 2, title: 'Weinig', text: 'Je herkent er weinig van.' },
    { min: 3, max: 6, title: 'Een deel', text: 'Je herkent een deel.' },
    { min: 7, max: 9, title: 'Veel', text: 'Je herkent er veel van.' },
  ],
  disclaimer: SELF_TEST_DISCLAIMER,
};

describe('selfTestScoreRange', () => {
  it('runs from every item on the lowest to every item on the highest value', () => {
    expect(selfTestScoreRange(step)).toEqual({ min: 0, max: 9 });
    expect(selfTestScoreRange({ ...step, answerOptions: [{ value: 1 }, { value: 4 }] })).toEqual({
      min: 3,
      max: 12,
    });
  });
});

describe('scoreSelfTest', () => {
  it('sums the values and finds the band', () => {
    expect(scoreSelfTest(step, { een: 0, twee: 1, drie: 1 })).toEqual({
      score: 2,
      band: step.bands[0],
    });
    expect(scoreSelfTest(step, { een: 1, twee: 1, drie: 1 })?.band.title).toBe('Een deel');
    expect(scoreSelfTest(step, { een: 3, twee: 2, drie: 1 })?.band.title).toBe('Een deel');
    expect(scoreSelfTest(step, { een: 3, twee: 3, drie: 1 })).toEqual({
      score: 7,
      band: step.bands[2],
    });
    expect(scoreSelfTest(step, { een: 3, twee: 3, drie: 3 })?.score).toBe(9);
  });

  it('gives no outcome until every statement is answered', () => {
    expect(scoreSelfTest(step, { een: 3, twee: 3 })).toBeNull();
    expect(scoreSelfTest(step, {})).toBeNull();
    expect(scoreSelfTest(step, null)).toBeNull();
    expect(scoreSelfTest(step, undefined)).toBeNull();
  });

  it('gives no outcome for values that are not on the scale', () => {
    expect(scoreSelfTest(step, { een: 3, twee: 3, drie: 4 })).toBeNull();
    expect(scoreSelfTest(step, { een: '3', twee: 3, drie: 3 })).toBeNull();
    expect(scoreSelfTest(step, [3, 3, 3])).toBeNull();
  });
});

describe('bandCoverageIssues', () => {
  const withBands = (...ranges: [number, number][]) => ({
    ...step,
    bands: ranges.map(([min, max]) => ({ min, max })),
  });

  it('finds nothing wrong with contiguous bands over the whole range', () => {
    expect(bandCoverageIssues(step)).toEqual([]);
    expect(bandCoverageIssues(withBands([0, 9]))).toEqual([]);
  });

  it('names gaps, overlaps, a band turned around and missing ends', () => {
    expect(bandCoverageIssues(withBands([0, 3], [5, 9]))).toEqual([
      { message: 'Gap: no band covers 4.', path: ['bands', 1, 'min'] },
    ]);
    expect(bandCoverageIssues(withBands([0, 5], [4, 9]))[0]?.path).toEqual(['bands', 1, 'min']);
    expect(bandCoverageIssues(withBands([0, 4], [5, 9], [9, 9]))[0]?.message).toMatch(/overlap/i);
    expect(bandCoverageIssues(withBands([0, 9], [10, 8])).map((i) => i.path)).toEqual([
      ['bands', 1, 'max'],
      ['bands', 1, 'max'],
    ]);
    expect(bandCoverageIssues(withBands([1, 9]))).toEqual([
      expect.objectContaining({ path: ['bands', 0, 'min'] }),
    ]);
    expect(bandCoverageIssues(withBands([0, 8]))).toEqual([
      expect.objectContaining({ path: ['bands', 0, 'max'] }),
    ]);
  });
});
