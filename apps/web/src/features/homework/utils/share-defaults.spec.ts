import { findBuiltInModule, type ModuleAnswers } from '@oefenruimte/shared';
import { defaultShare, normaliseMarks, shareAll } from './share-defaults';

const ontwennen = findBuiltInModule('ontwennen')!;
const answers: ModuleAnswers = {
  'mijn-gedachten': 'Misschien overdrijf ik.',
  feiten: [{ id: 'entry-0001', fields: { 'wat-gebeurde-er': 'Hij las mijn berichten.' } }],
  'drang-logboek': [{ id: 'entry-0002', fields: { drang: 7 } }],
  'bronnen-van-rust': [],
};

describe('share defaults', () => {
  it('starts with no answered step shared: private until the client shares it', () => {
    expect(defaultShare(ontwennen, answers)).toEqual([]);
  });

  it('never shares explanations or empty answers', () => {
    expect(
      defaultShare(ontwennen, { vastzitten: null, 'bronnen-van-rust': [], spiegel: {} }),
    ).toEqual([]);
  });

  it('"share everything" leaves FEITEN private unless it was switched on by hand', () => {
    expect(shareAll(ontwennen, answers, [])).toEqual(['mijn-gedachten', 'drang-logboek']);
    expect(shareAll(ontwennen, answers, ['feiten'])).toEqual([
      'mijn-gedachten',
      'feiten',
      'drang-logboek',
    ]);
  });

  it('only marks shared steps to discuss, in module order', () => {
    expect(
      normaliseMarks(ontwennen, ['drang-logboek', 'mijn-gedachten'], ['feiten', 'mijn-gedachten']),
    ).toEqual({
      share: ['mijn-gedachten', 'drang-logboek'],
      discuss: ['mijn-gedachten'],
    });
  });
});
