import { answerSchemaForStep } from '../answer-schema';
import { SELF_TEST_DISCLAIMER, validateModuleContent, type ModuleStep } from '../module-schema';
import { parseRichText } from '../rich-text';
import { bandCoverageIssues, scoreSelfTest, selfTestScoreRange } from '../self-test';
import { BUILT_IN_MODULES, findBuiltInModule } from './index';

const bySlug = (slug: string) => {
  const module = findBuiltInModule(slug);
  if (!module) throw new Error(`no built-in module ${slug}`);
  return module;
};

const stepsOfKind = <K extends ModuleStep['kind']>(kind: K) =>
  BUILT_IN_MODULES.flatMap((module) =>
    module.steps.filter((step): step is Extract<ModuleStep, { kind: K }> => step.kind === kind),
  );

describe('built-in modules', () => {
  it('are the six modules, in order', () => {
    expect(BUILT_IN_MODULES.map((module) => module.slug)).toEqual([
      'grenzen-stellen',
      'ontwennen',
      'grensoefeningen',
      'verbindingsstijlen',
      'aantrekken-en-afstoten',
      'duivelse-dialogen',
    ]);
  });

  it.each(BUILT_IN_MODULES.map((module) => [module.slug, module] as const))(
    '%s passes validateModuleContent unchanged',
    (_slug, module) => {
      const result = validateModuleContent(module);
      expect(result.ok ? [] : result.issues).toEqual([]);
      expect(result.ok && result.value).toEqual(module);
    },
  );

  it('have unique slugs', () => {
    const slugs = BUILT_IN_MODULES.map((module) => module.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(BUILT_IN_MODULES.map((module) => [module.slug, module] as const))(
    '%s has 6–14 steps with unique ids, mixing kinds, in Dutch',
    (_slug, module) => {
      const ids = module.steps.map((step) => step.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(6);
      expect(ids.length).toBeLessThanOrEqual(14);
      expect(new Set(module.steps.map((step) => step.kind)).size).toBeGreaterThanOrEqual(3);
      expect(module.locale).toBe('nl');
    },
  );

  it('have self-tests whose bands cover the whole score range, with the fixed disclaimer', () => {
    const selfTests = stepsOfKind('self-test');
    expect(selfTests.length).toBeGreaterThan(0);
    for (const step of selfTests) {
      expect(bandCoverageIssues(step)).toEqual([]);
      const { min, max } = selfTestScoreRange(step);
      for (let score = min; score <= max; score++) {
        const covering = step.bands.filter((band) => band.min <= score && score <= band.max);
        expect(covering).toHaveLength(1);
      }
      expect(step.disclaimer).toBe(SELF_TEST_DISCLAIMER);
      expect(step.disclaimer).toMatch(/^Een spiegel, geen diagnose\./);
    }
  });

  it('render every explanation into at least one block', () => {
    for (const step of stepsOfKind('explanation')) {
      expect(parseRichText(step.body).length).toBeGreaterThan(0);
    }
  });

  it('accept an answer at the edges of every scale and refuse one just outside', () => {
    for (const step of stepsOfKind('scale')) {
      const schema = answerSchemaForStep(step);
      expect(schema.safeParse(step.min).success).toBe(true);
      expect(schema.safeParse(step.max).success).toBe(true);
      expect(schema.safeParse(step.max + 1).success).toBe(false);
    }
  });

  it('never diagnose in their own text', () => {
    const text = JSON.stringify(BUILT_IN_MODULES).replaceAll(SELF_TEST_DISCLAIMER, '');
    expect(text).not.toMatch(/diagnose|stoornis|je hebt (c)?ptss/i);
  });

  describe('grenzen-stellen', () => {
    const module = bySlug('grenzen-stellen');

    it('has the give/receive inventory, a boundary sentence and an after-contact check', () => {
      const inventory = module.steps.find((step) => step.id === 'geven-en-krijgen');
      expect(inventory?.kind).toBe('repeating-list');
      expect(module.steps.find((step) => step.id === 'mijn-grenszin')?.kind).toBe('reflection');
      expect(
        ['energie-voor', 'energie-na', 'dagen-uit-balans'].map(
          (id) => module.steps.find((step) => step.id === id)?.kind,
        ),
      ).toEqual(['scale', 'scale', 'scale']);
      expect(module.steps.find((step) => step.id === 'reacties-op-mijn-grens')?.kind).toBe(
        'repeating-list',
      );
    });
  });

  describe('ontwennen', () => {
    const module = bySlug('ontwennen');

    it('keeps the FEITEN list private by default, with its six questions', () => {
      const feiten = module.steps.find((step) => step.id === 'feiten');
      expect(feiten?.kind).toBe('repeating-list');
      if (feiten?.kind !== 'repeating-list') return;
      expect(feiten.privateByDefault).toBe(true);
      expect(feiten.fields).toHaveLength(6);
      expect(feiten.contentNote).toBeTruthy();
    });

    it('is the only module with a list that starts private', () => {
      const privateLists = stepsOfKind('repeating-list').filter((step) => step.privateByDefault);
      expect(privateLists.map((step) => step.id)).toEqual(['feiten']);
    });

    it('has a 0–3 self-test of 8–10 statements that scores into gentle bands', () => {
      const test = module.steps.find((step) => step.kind === 'self-test');
      if (test?.kind !== 'self-test') throw new Error('no self-test');
      expect(test.items.length).toBeGreaterThanOrEqual(8);
      expect(test.items.length).toBeLessThanOrEqual(10);
      expect(test.answerOptions.map((option) => option.value)).toEqual([0, 1, 2, 3]);
      const all = (value: number) => Object.fromEntries(test.items.map((item) => [item.id, value]));
      expect(scoreSelfTest(test, all(0))?.band).toBe(test.bands[0]);
      expect(scoreSelfTest(test, all(3))?.band).toBe(test.bands[test.bands.length - 1]);
      expect(answerSchemaForStep(test).safeParse(all(3)).success).toBe(true);
    });
  });

  describe('grensoefeningen', () => {
    const module = bySlug('grensoefeningen');

    it('has the approach exercise with STOP and GA TERUG and tension before/after', () => {
      const approach = module.steps.find((step) => step.id === 'toenadering');
      if (approach?.kind !== 'guided-practice') throw new Error('no approach exercise');
      expect(approach.stopWords).toEqual(['STOP', 'GA TERUG']);
      expect(approach.measureTension).toBe(true);
    });

    it('says to do it with the therapist the first time', () => {
      expect(module.contentNote).toMatch(/eerste keer samen met je therapeut/);
    });
  });

  it('verbindingsstijlen reflects without scoring', () => {
    const kinds = bySlug('verbindingsstijlen').steps.map((step) => step.kind);
    expect(kinds).toContain('choice');
    expect(kinds).toContain('reflection');
    expect(kinds).not.toContain('self-test');
  });
});
