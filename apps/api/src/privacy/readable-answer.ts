import type {
  ChoiceAnswer,
  GuidedPracticeAnswer,
  ModuleStep,
  RepeatingListEntry,
} from '@oefenruimte/shared';

/** The question of a step, as the client saw it. */
export function stepQuestion(step: ModuleStep): string {
  return ('title' in step && step.title) || ('prompt' in step && step.prompt) || 'Een vraag';
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

/**
 * A homework answer in plain Dutch lines, with the labels of the module version the client
 * answered (never option ids or JSON). Empty when nothing was answered.
 */
export function readableAnswer(step: ModuleStep | undefined, answer: unknown): string[] {
  if (answer === null || answer === undefined) return [];
  if (!step) return typeof answer === 'string' ? [answer] : [];
  switch (step.kind) {
    case 'explanation':
      return [];
    case 'reflection':
      return typeof answer === 'string' && answer.trim() ? [answer] : [];
    case 'scale':
      return typeof answer === 'number'
        ? [`${answer} (van ${step.min}, ${step.minLabel}, tot ${step.max}, ${step.maxLabel})`]
        : [];
    case 'choice': {
      const { selected = [], other } = answer as ChoiceAnswer;
      const labels = selected.map((id) => step.options.find((o) => o.id === id)?.label ?? id);
      return [...labels, ...(other?.trim() ? [`${step.otherLabel ?? 'Anders'}: ${other}`] : [])];
    }
    case 'checklist':
      return (answer as string[]).map((id) => step.items.find((i) => i.id === id)?.label ?? id);
    case 'self-test': {
      const values = answer as Partial<Record<string, number>>;
      return step.items.flatMap((item) => {
        const value = values[item.id];
        if (value === undefined) return [];
        const label = step.answerOptions.find((o) => o.value === value)?.label ?? String(value);
        return [`${item.statement}: ${label}`];
      });
    }
    case 'repeating-list':
      return (answer as RepeatingListEntry[]).map((entry, index) => {
        const parts = step.fields.flatMap((field) => {
          const value = entry.fields[field.id];
          return value === null || value === undefined || value === ''
            ? []
            : [`${field.label}: ${value}`];
        });
        return `${step.itemLabel} ${index + 1} — ${parts.join('; ')}`;
      });
    case 'guided-practice': {
      const a = answer as GuidedPracticeAnswer;
      return [
        a.tensionBefore != null ? `Spanning vooraf: ${a.tensionBefore} van 10` : null,
        a.tensionAfter != null ? `Spanning achteraf: ${a.tensionAfter} van 10` : null,
        a.completed !== undefined ? `Helemaal gedaan: ${yesNo(a.completed)}` : null,
        a.stoppedAt?.trim() ? `Waar ik stopte: ${a.stoppedAt}` : null,
        a.bodyNotes?.trim() ? `Wat mijn lichaam deed: ${a.bodyNotes}` : null,
      ].filter((line): line is string => line !== null);
    }
  }
}
