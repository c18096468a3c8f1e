import { SELF_TEST_DISCLAIMER, type ModuleStep, type StepKind } from '@oefenruimte/shared';

/** A fresh kebab-case id with this prefix that is not in `taken`. */
export function freeId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/**
 * A new step of each kind, already valid, with Dutch placeholder text the therapist replaces.
 * Ids stay hidden in the builder: answers are keyed by them, so they never change later.
 */
export function newStep(kind: StepKind, takenIds: readonly string[]): ModuleStep {
  const id = freeId(kind === 'self-test' ? 'zelftest' : kind, takenIds);
  switch (kind) {
    case 'explanation':
      return { id, kind, title: 'Uitleg', body: 'Schrijf hier de uitleg.' };
    case 'reflection':
      return { id, kind, prompt: 'Wat wil je opschrijven?', maxLength: 2000 };
    case 'scale':
      return {
        id,
        kind,
        prompt: 'Hoe sterk is het nu?',
        min: 0,
        max: 10,
        minLabel: 'Helemaal niet',
        maxLabel: 'Heel sterk',
      };
    case 'choice':
      return {
        id,
        kind,
        prompt: 'Wat past het best?',
        multiple: false,
        options: [
          { id: 'optie-1', label: 'Eerste keuze' },
          { id: 'optie-2', label: 'Tweede keuze' },
        ],
      };
    case 'checklist':
      return {
        id,
        kind,
        prompt: 'Wat wil je proberen?',
        items: [{ id: 'punt-1', label: 'Eerste punt' }],
      };
    case 'self-test':
      return {
        id,
        kind,
        prompt: 'Hoe goed passen deze zinnen bij jou?',
        items: [
          { id: 'zin-1', statement: 'Eerste zin' },
          { id: 'zin-2', statement: 'Tweede zin' },
        ],
        answerOptions: [
          { value: 0, label: 'Past niet' },
          { value: 1, label: 'Past een beetje' },
          { value: 2, label: 'Past goed' },
        ],
        scoring: { method: 'sum' },
        bands: [
          {
            min: 0,
            max: 2,
            title: 'Je herkent er weinig van',
            text: 'Beschrijf wat deze uitkomst betekent.',
          },
          {
            min: 3,
            max: 4,
            title: 'Je herkent er veel van',
            text: 'Beschrijf wat deze uitkomst betekent.',
          },
        ],
        disclaimer: SELF_TEST_DISCLAIMER,
      };
    case 'repeating-list':
      return {
        id,
        kind,
        prompt: 'Schrijf steeds één moment op.',
        itemLabel: 'Moment',
        fields: [{ id: 'veld-1', label: 'Wat gebeurde er?', kind: 'textarea' }],
        maxItems: 20,
        privateByDefault: false,
      };
    case 'guided-practice':
      return {
        id,
        kind,
        title: 'Oefening',
        instructions: ['Beschrijf de eerste stap.'],
        measureTension: true,
      };
  }
}
