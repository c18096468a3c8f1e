import {
  initialShareState,
  type ModuleAnswers,
  type ModuleContent,
  type ModuleStep,
  type StepMark,
} from '@oefenruimte/shared';
import { answeredSteps } from './answers';

/** Lists marked `privateByDefault` (like FEITEN) are only shared when the client turns them on. */
export function isPrivateByDefault(step: ModuleStep): boolean {
  return step.kind === 'repeating-list' && step.privateByDefault;
}

/**
 * What starts switched on in the review: nothing (private until I share it, the shared rule).
 * "Deel alles" turns them on in one tap.
 */
export function defaultShare(content: ModuleContent, answers: ModuleAnswers): string[] {
  return answeredSteps(content, answers)
    .filter(() => initialShareState())
    .map((step) => step.id);
}

/**
 * "Share everything" in one tap: all answered steps, but a private-by-default list keeps its
 * own choice, so one quick tap never sends the FEITEN list.
 */
export function shareAll(
  content: ModuleContent,
  answers: ModuleAnswers,
  current: readonly string[],
): string[] {
  const keep = new Set(current);
  return answeredSteps(content, answers)
    .filter((step) => !isPrivateByDefault(step) || keep.has(step.id))
    .map((step) => step.id);
}

/** Step ids in module order, each once; discuss only for shared steps (the therapist sees no more). */
export function normaliseMarks(
  content: ModuleContent,
  share: readonly string[],
  discuss: readonly string[],
): { share: string[]; discuss: string[] } {
  const shared = new Set(share);
  const toDiscuss = new Set(discuss);
  const order = content.steps.map((step) => step.id);
  return {
    share: order.filter((id) => shared.has(id)),
    discuss: order.filter((id) => shared.has(id) && toDiscuss.has(id)),
  };
}

/** The shared and to-discuss step ids of a submitted response. */
export function marksToLists(marks: Readonly<Record<string, StepMark>>): {
  share: string[];
  discuss: string[];
} {
  const entries = Object.entries(marks);
  return {
    share: entries.filter(([, mark]) => mark.shared).map(([id]) => id),
    discuss: entries.filter(([, mark]) => mark.shared && mark.discuss).map(([id]) => id),
  };
}
