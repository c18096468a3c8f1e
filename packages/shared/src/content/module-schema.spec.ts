import {
  SELF_TEST_DISCLAIMER,
  moduleSchema,
  validateModuleContent,
  type ModuleContent,
} from './module-schema';

/** A small module with one step of every kind; each test breaks one thing. */
function validModule(): ModuleContent {
  return {
    slug: 'proef-module',
    title: 'Proefmodule',
    theme: 'grenzen',
    summary: 'Een kleine module om de controle te testen.',
    estimatedMinutes: 10,
    contentNote: 'Je mag altijd pauzeren of stoppen.',
    locale: 'nl',
    steps: [
      { id: 'uitleg', kind: 'explanation', title: 'Uitleg', body: 'Een **korte** uitleg.' },
      { id: 'vraag', kind: 'reflection', prompt: 'Wat merk je?', maxLength: 500 },
      {
        id: 'schaal',
        kind: 'scale',
        prompt: 'Hoeveel spanning?',
        min: 0,
        max: 10,
        minLabel: 'Geen',
        maxLabel: 'Veel',
      },
      {
        id: 'keuze',
        kind: 'choice',
        prompt: 'Kies',
        multiple: false,
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      },
      { id: 'lijstje', kind: 'checklist', prompt: 'Vink aan', items: [{ id: 'x', label: 'X' }] },
      {
        id: 'spiegel',
        kind: 'self-test',
        prompt: 'Hoe past dit?',
        items: [
          { id: 'een', statement: 'Zin een' },
          { id: 'twee', statement: 'Zin twee' },
        ],
        answerOptions: [
          { value: 0, label: 'Nee' },
          { value: 1, label: 'Soms' },
          { value: 2, label: 'Ja' },
        ],
        scoring: { method: 'sum' },
        bands: [
          { min: 0, max: 1, title: 'Laag', text: 'Weinig' },
          { min: 2, max: 4, title: 'Hoog', text: 'Veel' },
        ],
        disclaimer: SELF_TEST_DISCLAIMER,
      },
      {
        id: 'logboek',
        kind: 'repeating-list',
        prompt: 'Houd bij',
        itemLabel: 'Moment',
        fields: [
          { id: 'wat', label: 'Wat', kind: 'text' },
          { id: 'hoeveel', label: 'Hoeveel', kind: 'scale', min: 0, max: 10 },
        ],
        maxItems: 5,
        privateByDefault: true,
      },
      {
        id: 'oefening',
        kind: 'guided-practice',
        title: 'Oefening',
        instructions: ['Adem uit.'],
        measureTension: true,
        stopWords: ['STOP'],
      },
    ],
  };
}

/** The issues of a module after `change` broke it; fails the test if it is still valid. */
function issuesAfter(change: (module: ModuleContent) => void) {
  const module = validModule();
  change(module);
  const result = validateModuleContent(module);
  if (result.ok) throw new Error('expected the module to be refused');
  return result.issues;
}

function paths(change: (module: ModuleContent) => void): string[] {
  return issuesAfter(change).map((issue) => issue.path);
}

type Mutable = Record<string, unknown>;
const step = (module: ModuleContent, index: number) => module.steps[index] as unknown as Mutable;

describe('validateModuleContent', () => {
  it('accepts a module with every kind of step and returns it', () => {
    const result = validateModuleContent(validModule());
    expect(result).toEqual({ ok: true, value: validModule() });
  });

  it('refuses input that is not a module at all', () => {
    expect(validateModuleContent(null).ok).toBe(false);
    expect(validateModuleContent('module').ok).toBe(false);
  });

  it('requires kebab-case slugs and step ids', () => {
    expect(paths((m) => (m.slug = 'Grenzen Stellen'))).toEqual(['slug']);
    expect(paths((m) => (step(m, 1)['id'] = 'vraag_1'))).toEqual(['steps.1.id']);
    expect(paths((m) => (step(m, 1)['id'] = '-vraag'))).toEqual(['steps.1.id']);
  });

  it('refuses a theme outside the list and a locale other than nl', () => {
    expect(paths((m) => ((m as Mutable)['theme'] = 'slaap'))).toEqual(['theme']);
    expect(paths((m) => ((m as Mutable)['locale'] = 'en'))).toEqual(['locale']);
  });

  it('keeps estimatedMinutes a whole number from 1 to 120', () => {
    expect(paths((m) => (m.estimatedMinutes = 0))).toEqual(['estimatedMinutes']);
    expect(paths((m) => (m.estimatedMinutes = 121))).toEqual(['estimatedMinutes']);
    expect(paths((m) => (m.estimatedMinutes = 2.5))).toEqual(['estimatedMinutes']);
  });

  it('needs 1 to 60 steps', () => {
    expect(paths((m) => (m.steps = []))).toEqual(['steps']);
    expect(
      paths((m) => {
        m.steps = Array.from({ length: 61 }, (_, i) => ({
          id: `stap-${i}`,
          kind: 'explanation' as const,
          title: 'T',
          body: 'B',
        }));
      }),
    ).toEqual(['steps']);
  });

  it('reports a duplicate step id at the second step that uses it', () => {
    expect(paths((m) => (step(m, 3)['id'] = 'vraag'))).toEqual(['steps.3.id']);
  });

  it('reports a duplicate step id even when another step is broken too', () => {
    const found = paths((m) => {
      step(m, 3)['id'] = 'vraag';
      step(m, 2)['max'] = 0;
    });
    expect(found).toEqual(expect.arrayContaining(['steps.2.max', 'steps.3.id']));
  });

  it('refuses an unknown step kind and unknown properties', () => {
    expect(paths((m) => (step(m, 0)['kind'] = 'video'))).toEqual(['steps.0.kind']);
    expect(paths((m) => (step(m, 0)['html'] = '<b>hoi</b>'))).toEqual(['steps.0']);
  });

  describe('scale', () => {
    it('puts min ≥ max on steps.N.max', () => {
      expect(paths((m) => (step(m, 2)['max'] = 0))).toEqual(['steps.2.max']);
      expect(paths((m) => (step(m, 2)['min'] = 12))).toEqual(['steps.2.max']);
    });

    it('allows at most 20 points between min and max', () => {
      expect(paths((m) => (step(m, 2)['max'] = 21))).toEqual(['steps.2.max']);
      expect(validateModuleContent(withStep(2, { max: 20 })).ok).toBe(true);
    });

    it('needs whole numbers', () => {
      expect(paths((m) => (step(m, 2)['min'] = 0.5))).toEqual(['steps.2.min']);
    });
  });

  it('caps a reflection at 5000 characters', () => {
    expect(paths((m) => (step(m, 1)['maxLength'] = 5001))).toEqual(['steps.1.maxLength']);
  });

  describe('choice and checklist', () => {
    it('needs 2 to 12 options with unique ids', () => {
      expect(paths((m) => (step(m, 3)['options'] = [{ id: 'a', label: 'A' }]))).toEqual([
        'steps.3.options',
      ]);
      expect(
        paths(
          (m) =>
            (step(m, 3)['options'] = [
              { id: 'a', label: 'A' },
              { id: 'a', label: 'Nog een A' },
            ]),
        ),
      ).toEqual(['steps.3.options.1.id']);
    });

    it('refuses otherLabel without allowOther', () => {
      expect(paths((m) => (step(m, 3)['otherLabel'] = 'Anders'))).toEqual(['steps.3.otherLabel']);
    });

    it('needs 1 to 20 checklist items with unique ids', () => {
      expect(paths((m) => (step(m, 4)['items'] = []))).toEqual(['steps.4.items']);
      expect(
        paths(
          (m) =>
            (step(m, 4)['items'] = [
              { id: 'x', label: 'X' },
              { id: 'x', label: 'Y' },
            ]),
        ),
      ).toEqual(['steps.4.items.1.id']);
    });
  });

  describe('self-test bands', () => {
    const bands = (...ranges: [number, number][]) =>
      ranges.map(([min, max]) => ({ min, max, title: 'Band', text: 'Tekst' }));

    it('accepts bands that cover 0–4 exactly', () => {
      expect(validateModuleContent(withStep(5, { bands: bands([0, 0], [1, 3], [4, 4]) })).ok).toBe(
        true,
      );
    });

    it('finds a gap between bands', () => {
      const issues = issuesAfter((m) => (step(m, 5)['bands'] = bands([0, 1], [3, 4])));
      expect(issues.map((i) => i.path)).toEqual(['steps.5.bands.1.min']);
      expect(issues[0]?.message).toMatch(/gap/i);
    });

    it('finds an overlap between bands', () => {
      const issues = issuesAfter((m) => (step(m, 5)['bands'] = bands([0, 2], [2, 4])));
      expect(issues.map((i) => i.path)).toEqual(['steps.5.bands.1.min']);
      expect(issues[0]?.message).toMatch(/overlap/i);
    });

    it('needs the bands to start at the lowest and end at the highest possible score', () => {
      expect(paths((m) => (step(m, 5)['bands'] = bands([1, 4])))).toEqual(['steps.5.bands.0.min']);
      expect(paths((m) => (step(m, 5)['bands'] = bands([0, 1], [2, 3])))).toEqual([
        'steps.5.bands.1.max',
      ]);
    });

    it('follows the answer values: with 3 statements the range grows to 0–6', () => {
      const issues = paths((m) => {
        (step(m, 5)['items'] as unknown[]).push({ id: 'drie', statement: 'Zin drie' });
      });
      expect(issues).toEqual(['steps.5.bands.1.max']);
    });

    it('refuses duplicate answer values and another disclaimer', () => {
      expect(
        paths(
          (m) =>
            (step(m, 5)['answerOptions'] = [
              { value: 0, label: 'Nee' },
              { value: 0, label: 'Ook nee' },
            ]),
        ),
      ).toEqual(expect.arrayContaining(['steps.5.answerOptions.1.value']));
      expect(paths((m) => (step(m, 5)['disclaimer'] = 'Dit is je diagnose.'))).toEqual([
        'steps.5.disclaimer',
      ]);
    });
  });

  describe('repeating-list', () => {
    it('needs min and max on a scale field, and a valid range', () => {
      expect(
        paths((m) => (step(m, 6)['fields'] = [{ id: 'hoeveel', label: 'Hoeveel', kind: 'scale' }])),
      ).toEqual(['steps.6.fields.0.min', 'steps.6.fields.0.max']);
      expect(
        paths(
          (m) =>
            (step(m, 6)['fields'] = [
              { id: 'hoeveel', label: 'Hoeveel', kind: 'scale', min: 5, max: 5 },
            ]),
        ),
      ).toEqual(['steps.6.fields.0.max']);
    });

    it('keeps min and max off text fields, and caps their length', () => {
      expect(
        paths((m) => (step(m, 6)['fields'] = [{ id: 'wat', label: 'Wat', kind: 'text', min: 1 }])),
      ).toEqual(['steps.6.fields.0.min']);
      expect(
        paths(
          (m) =>
            (step(m, 6)['fields'] = [{ id: 'wat', label: 'Wat', kind: 'text', maxLength: 501 }]),
        ),
      ).toEqual(['steps.6.fields.0.maxLength']);
    });

    it('needs unique field ids, 1 to 8 fields and at most 50 entries', () => {
      expect(
        paths(
          (m) =>
            (step(m, 6)['fields'] = [
              { id: 'wat', label: 'Wat', kind: 'text' },
              { id: 'wat', label: 'Wat nog', kind: 'textarea' },
            ]),
        ),
      ).toEqual(['steps.6.fields.1.id']);
      expect(paths((m) => (step(m, 6)['fields'] = []))).toEqual(['steps.6.fields']);
      expect(paths((m) => (step(m, 6)['maxItems'] = 51))).toEqual(['steps.6.maxItems']);
    });
  });

  it('caps a guided-practice timer at 30 minutes', () => {
    expect(paths((m) => (step(m, 7)['timerSeconds'] = 1801))).toEqual(['steps.7.timerSeconds']);
  });

  describe('text', () => {
    it('refuses HTML in plain and rich text', () => {
      expect(paths((m) => (m.title = 'Grenzen <script>'))).toEqual(['title']);
      expect(paths((m) => (step(m, 0)['body'] = 'Een <b>vette</b> zin.'))).toEqual([
        'steps.0.body',
      ]);
    });

    it('refuses markdown outside the subset', () => {
      expect(paths((m) => (step(m, 0)['body'] = '# Kop'))).toEqual(['steps.0.body']);
      expect(paths((m) => (step(m, 0)['body'] = 'Zie [hier](https://x.nl)'))).toEqual([
        'steps.0.body',
      ]);
      expect(paths((m) => (step(m, 0)['body'] = 'Een **halve vet'))).toEqual(['steps.0.body']);
    });

    it('refuses empty text after trimming', () => {
      expect(paths((m) => (m.summary = '   '))).toEqual(['summary']);
    });
  });

  it('reports every issue, not only the first', () => {
    const found = paths((m) => {
      m.slug = 'Fout';
      step(m, 2)['max'] = -1;
      step(m, 7)['timerSeconds'] = 5;
    });
    expect(found).toEqual(expect.arrayContaining(['slug', 'steps.2.max', 'steps.7.timerSeconds']));
  });
});

describe('moduleSchema', () => {
  it('trims text', () => {
    const module = validModule();
    module.title = '  Proefmodule  ';
    expect(moduleSchema.parse(module).title).toBe('Proefmodule');
  });
});

/** The valid module with some properties of one step replaced. */
function withStep(index: number, patch: Mutable): ModuleContent {
  const module = validModule();
  Object.assign(step(module, index), patch);
  return module;
}
