import { answerSchemaForStep, answersSchemaForModule } from './answer-schema';
import {
  SELF_TEST_DISCLAIMER,
  type ChecklistStep,
  type ChoiceStep,
  type ExplanationStep,
  type GuidedPracticeStep,
  type ModuleContent,
  type ReflectionStep,
  type RepeatingListStep,
  type ScaleStep,
  type SelfTestStep,
} from './module-schema';

const explanation: ExplanationStep = { id: 'uitleg', kind: 'explanation', title: 'T', body: 'B' };
const reflection: ReflectionStep = { id: 'vraag', kind: 'reflection', prompt: 'P', maxLength: 10 };
const scale: ScaleStep = {
  id: 'schaal',
  kind: 'scale',
  prompt: 'P',
  min: 1,
  max: 5,
  minLabel: 'L',
  maxLabel: 'H',
};
const single: ChoiceStep = {
  id: 'een-keuze',
  kind: 'choice',
  prompt: 'P',
  multiple: false,
  options: [
    { id: 'ja', label: 'Ja' },
    { id: 'nee', label: 'Nee' },
  ],
};
const multiple: ChoiceStep = { ...single, id: 'meer-keuze', multiple: true, allowOther: true };
const checklist: ChecklistStep = {
  id: 'lijstje',
  kind: 'checklist',
  prompt: 'P',
  items: [
    { id: 'rust', label: 'Rust' },
    { id: 'buiten', label: 'Buiten' },
  ],
};
const selfTest: SelfTestStep = {
  id: 'spiegel',
  kind: 'self-test',
  prompt: 'P',
  items: [
    { id: 'een', statement: 'S' },
    { id: 'twee', statement: 'S' },
  ],
  answerOptions: [
    { value: 0, label: 'Nee' },
    { value: 1, label: 'Soms' },
    { value: 3, label: 'Ja' },
  ],
  scoring: { method: 'sum' },
  bands: [{ min: 0, max: 6, title: 'B', text: 'T' }],
  disclaimer: SELF_TEST_DISCLAIMER,
};
const list: RepeatingListStep = {
  id: 'feiten',
  kind: 'repeating-list',
  prompt: 'P',
  itemLabel: 'Gebeurtenis',
  fields: [
    { id: 'wat', label: 'Wat', kind: 'text', maxLength: 20 },
    { id: 'verhaal', label: 'Verhaal', kind: 'textarea' },
    { id: 'spanning', label: 'Spanning', kind: 'scale', min: 0, max: 10 },
  ],
  maxItems: 2,
  privateByDefault: true,
};
const practice: GuidedPracticeStep = {
  id: 'oefening',
  kind: 'guided-practice',
  title: 'T',
  instructions: ['Adem'],
  measureTension: true,
  stopWords: ['STOP', 'GA TERUG'],
};

const accepts = (step: Parameters<typeof answerSchemaForStep>[0], answer: unknown) =>
  answerSchemaForStep(step).safeParse(answer).success;

describe('answerSchemaForStep', () => {
  it('lets every step go unanswered', () => {
    for (const step of [explanation, reflection, scale, single, multiple, checklist, selfTest]) {
      expect(accepts(step, undefined)).toBe(true);
    }
    for (const step of [list, practice]) {
      expect(accepts(step, undefined)).toBe(true);
      expect(accepts(step, null)).toBe(true);
    }
  });

  it('takes no answer on an explanation', () => {
    expect(accepts(explanation, null)).toBe(true);
    expect(accepts(explanation, '')).toBe(false);
    expect(accepts(explanation, {})).toBe(false);
  });

  it('limits a reflection to maxLength characters', () => {
    expect(accepts(reflection, '')).toBe(true);
    expect(accepts(reflection, '1234567890')).toBe(true);
    expect(accepts(reflection, '12345678901')).toBe(false);
    expect(accepts(reflection, 12)).toBe(false);
  });

  it('keeps a scale answer a whole number in [min, max]', () => {
    expect(accepts(scale, 1)).toBe(true);
    expect(accepts(scale, 5)).toBe(true);
    expect(accepts(scale, 0)).toBe(false);
    expect(accepts(scale, 6)).toBe(false);
    expect(accepts(scale, 2.5)).toBe(false);
    expect(accepts(scale, '3')).toBe(false);
  });

  describe('choice', () => {
    it('takes known option ids only', () => {
      expect(accepts(single, { selected: ['ja'] })).toBe(true);
      expect(accepts(single, {})).toBe(true);
      expect(accepts(single, { selected: ['misschien'] })).toBe(false);
    });

    it('takes one option unless the step allows several', () => {
      expect(accepts(single, { selected: ['ja', 'nee'] })).toBe(false);
      expect(accepts(multiple, { selected: ['ja', 'nee'] })).toBe(true);
      expect(accepts(multiple, { selected: ['ja', 'ja'] })).toBe(false);
    });

    it('takes an own answer of up to 500 characters only with allowOther', () => {
      expect(accepts(multiple, { other: 'Iets anders' })).toBe(true);
      expect(accepts(multiple, { other: 'x'.repeat(500) })).toBe(true);
      expect(accepts(multiple, { other: 'x'.repeat(501) })).toBe(false);
      expect(accepts(single, { selected: ['ja'], other: 'Iets anders' })).toBe(false);
    });
  });

  it('takes known checklist items, each once', () => {
    expect(accepts(checklist, [])).toBe(true);
    expect(accepts(checklist, ['rust', 'buiten'])).toBe(true);
    expect(accepts(checklist, ['slapen'])).toBe(false);
    expect(accepts(checklist, ['rust', 'rust'])).toBe(false);
  });

  it('takes self-test answers on the shared scale, for known statements', () => {
    expect(accepts(selfTest, { een: 0, twee: 3 })).toBe(true);
    expect(accepts(selfTest, { een: 1 })).toBe(true);
    expect(accepts(selfTest, { een: 2 })).toBe(false);
    expect(accepts(selfTest, { drie: 1 })).toBe(false);
    expect(accepts(selfTest, { een: '1' })).toBe(false);
  });

  describe('repeating-list', () => {
    const entry = (
      fields: Record<string, unknown>,
      id = 'b7f1c2d4-0a9e-4c1b-9d2e-3f4a5b6c7d8e',
    ) => ({
      id,
      fields,
    });

    it('takes entries whose fields fit', () => {
      expect(accepts(list, [])).toBe(true);
      expect(accepts(list, [entry({ wat: 'Ruzie', verhaal: 'Lang verhaal', spanning: 7 })])).toBe(
        true,
      );
      expect(accepts(list, [entry({})])).toBe(true);
      expect(accepts(list, [entry({ spanning: null })])).toBe(true);
    });

    it('refuses too many entries, or two with the same id', () => {
      const three = ['entry-0001', 'entry-0002', 'entry-0003'].map((id) => entry({}, id));
      expect(accepts(list, three.slice(0, 2))).toBe(true);
      expect(accepts(list, three)).toBe(false);
      expect(accepts(list, [entry({}, 'entry-0001'), entry({}, 'entry-0001')])).toBe(false);
    });

    it('refuses text over the field limit, off-scale values and unknown fields', () => {
      expect(accepts(list, [entry({ wat: 'x'.repeat(21) })])).toBe(false);
      expect(accepts(list, [entry({ verhaal: 'x'.repeat(2000) })])).toBe(true);
      expect(accepts(list, [entry({ verhaal: 'x'.repeat(2001) })])).toBe(false);
      expect(accepts(list, [entry({ spanning: 11 })])).toBe(false);
      expect(accepts(list, [entry({ spanning: 'veel' })])).toBe(false);
      expect(accepts(list, [entry({ datum: 'maandag' })])).toBe(false);
    });

    it('refuses entries without a usable id', () => {
      expect(accepts(list, [{ fields: {} }])).toBe(false);
      expect(accepts(list, [entry({}, 'kort')])).toBe(false);
      expect(accepts(list, [entry({}, '<script>alert(1)</script>')])).toBe(false);
    });
  });

  describe('guided-practice', () => {
    it('takes tension 0–10, completion, where it stopped and body notes', () => {
      expect(
        accepts(practice, {
          tensionBefore: 6,
          tensionAfter: 3,
          completed: false,
          stoppedAt: 'Bij twee meter zei ik STOP',
          bodyNotes: 'Mijn schouders zakten.',
        }),
      ).toBe(true);
      expect(accepts(practice, {})).toBe(true);
    });

    it('refuses off-scale tension and too-long text', () => {
      expect(accepts(practice, { tensionBefore: 11 })).toBe(false);
      expect(accepts(practice, { tensionAfter: -1 })).toBe(false);
      expect(accepts(practice, { tensionAfter: 4.5 })).toBe(false);
      expect(accepts(practice, { stoppedAt: 'x'.repeat(201) })).toBe(false);
      expect(accepts(practice, { bodyNotes: 'x'.repeat(2001) })).toBe(false);
      expect(accepts(practice, { mood: 'goed' })).toBe(false);
    });
  });
});

describe('answersSchemaForModule', () => {
  const module: ModuleContent = {
    slug: 'proef',
    title: 'Proef',
    theme: 'lichaam',
    summary: 'S',
    estimatedMinutes: 5,
    locale: 'nl',
    steps: [reflection, scale, practice],
  };
  const schema = answersSchemaForModule(module);

  it('checks each answer against its own step and allows any step to be missing', () => {
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ vraag: 'kort', schaal: 3 }).success).toBe(true);
    expect(schema.safeParse({ schaal: 9 }).success).toBe(false);
  });

  it('refuses answers to steps the module does not have', () => {
    expect(schema.safeParse({ onbekend: 'x' }).success).toBe(false);
  });
});
