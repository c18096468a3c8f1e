import type { QuestionnaireResult } from '@oefenruimte/shared';

/** Results per instrument (oldest first within each), newest instrument activity first. */
export function groupResults(results: readonly QuestionnaireResult[]) {
  const groups = new Map<string, QuestionnaireResult[]>();
  for (const result of results) {
    const key = result.questionnaireId;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].reverse();
}
