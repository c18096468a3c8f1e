import type { SafetyPlanContent } from '@oefenruimte/shared';

const DRAFT_KEY = 'oefenruimte.safety-plan.draft';

/** An unsaved edit of the plan in this tab, with the version it started from. */
export interface PlanDraft {
  readonly baseVersion: number | null;
  readonly content: SafetyPlanContent;
}

export function readPlanDraft(storage: Storage = window.sessionStorage): PlanDraft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    const draft = raw ? (JSON.parse(raw) as Partial<PlanDraft>) : null;
    if (!draft?.content || draft.baseVersion === undefined) return null;
    return { baseVersion: draft.baseVersion, content: draft.content };
  } catch {
    return null;
  }
}

export function writePlanDraft(
  draft: PlanDraft | null,
  storage: Storage = window.sessionStorage,
): void {
  try {
    if (draft === null) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Private mode or a full storage: editing still works, only a reload loses the draft.
  }
}
