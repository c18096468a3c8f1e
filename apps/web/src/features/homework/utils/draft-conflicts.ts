import type { ModuleAnswers, StoredStepAnswer } from '@oefenruimte/shared';
import { sameAnswer } from './answers';

/** One answer changed both here and elsewhere (another tab or device) since the last save. */
export interface StepConflict {
  readonly stepId: string;
  readonly mine: StoredStepAnswer;
  readonly theirs: StoredStepAnswer;
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * Sorts the unsent answers against what the server has now. A step the other side did not touch
 * keeps this device's answer without asking; a step both sides changed differently is a
 * conflict for the client to decide; a step that already says the same needs no sending.
 */
export function splitConflicts(
  pending: ReadonlyMap<string, StoredStepAnswer>,
  before: ModuleAnswers,
  current: ModuleAnswers,
): { keep: Map<string, StoredStepAnswer>; conflicts: StepConflict[] } {
  const keep = new Map<string, StoredStepAnswer>();
  const conflicts: StepConflict[] = [];
  for (const [stepId, mine] of pending) {
    const theirs = current[stepId];
    if (sameAnswer(mine, theirs)) continue;
    if (sameAnswer(before[stepId], theirs)) keep.set(stepId, mine);
    else conflicts.push({ stepId, mine, theirs: theirs ?? null });
  }
  return { keep, conflicts };
}

/** The server's answers with the unsent ones on top (null removes an answer). */
export function mergeAnswers(
  server: ModuleAnswers,
  pending: ReadonlyMap<string, StoredStepAnswer>,
): ModuleAnswers {
  const merged: ModuleAnswers = { ...server };
  for (const [stepId, answer] of pending) {
    if (answer === null || answer === undefined) delete merged[stepId];
    else merged[stepId] = answer;
  }
  return merged;
}
