import type {
  ModuleAnswers,
  ModuleContent,
  ModuleStep,
  StoredStepAnswer,
} from '@oefenruimte/shared';

/** JSON with sorted object keys, so two answers compare equal whatever order they were built in. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${stableStringify(child)}`).join(',')}}`;
}

/** Two stored answers say the same (missing and cleared count as the same: nothing). */
export function sameAnswer(a: StoredStepAnswer | unknown, b: StoredStepAnswer | unknown): boolean {
  return stableStringify(a ?? null) === stableStringify(b ?? null);
}

function filled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(filled);
  return Object.values(value as Record<string, unknown>).some(filled);
}

/** True when the client wrote, chose or ticked something for this step. */
export function hasAnswer(step: ModuleStep, answer: unknown): boolean {
  if (step.kind === 'explanation') return false;
  return filled(answer);
}

/** The steps with an answer, in module order. */
export function answeredSteps(content: ModuleContent, answers: ModuleAnswers): ModuleStep[] {
  return content.steps.filter((step) => hasAnswer(step, answers[step.id]));
}

/** A step's heading: its title, else its prompt. */
export function stepHeading(step: ModuleStep): string {
  if (step.title) return step.title;
  return 'prompt' in step ? step.prompt : step.id;
}

/** An id for a new list entry (8–64 letters, digits, - or _), made on this device. */
export function newLocalId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
