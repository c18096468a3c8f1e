import type { ModuleAnswers } from '@oefenruimte/shared';

/**
 * Answers that did not reach the server yet, kept on this device per response, so a closed tab,
 * a reload or a lost connection never loses what someone wrote.
 */
export interface UnsentDraft {
  /** Changed steps only; null means the client cleared that answer. */
  readonly answers: ModuleAnswers;
  readonly position?: string;
  /** The server version these changes were made on (for information; the merge is per step). */
  readonly baseVersion: number;
  readonly keptAt: string;
}

export const UNSENT_PREFIX = 'oefenruimte.homework.unsent.';
const PREFIX = UNSENT_PREFIX;

export function unsentKey(responseId: string): string {
  return `${PREFIX}${responseId}`;
}

export function readUnsent(responseId: string, storage: Storage = window.localStorage) {
  try {
    const raw = storage.getItem(unsentKey(responseId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<UnsentDraft>;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.answers !== 'object')
      return null;
    return parsed as UnsentDraft;
  } catch {
    return null;
  }
}

/** Writes (or with null removes) the unsent changes; false when the device refused to store them. */
export function writeUnsent(
  responseId: string,
  draft: UnsentDraft | null,
  storage: Storage = window.localStorage,
): boolean {
  try {
    if (draft) storage.setItem(unsentKey(responseId), JSON.stringify(draft));
    else storage.removeItem(unsentKey(responseId));
    return true;
  } catch {
    return false;
  }
}
