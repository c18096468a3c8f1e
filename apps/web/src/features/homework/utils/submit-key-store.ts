import { newLocalId } from './answers';

export const SUBMIT_KEY_PREFIX = 'oefenruimte.homework.submit.';
const PREFIX = SUBMIT_KEY_PREFIX;

/**
 * The idempotency key of one response's submit: made once and kept until the server confirmed,
 * so a retry after a lost connection is recognised as the same submit, never a second one.
 */
export function submitKeyFor(responseId: string, storage: Storage = window.localStorage): string {
  try {
    const existing = storage.getItem(PREFIX + responseId);
    if (existing) return existing;
    const key = newLocalId();
    storage.setItem(PREFIX + responseId, key);
    return key;
  } catch {
    return newLocalId();
  }
}

export function forgetSubmitKey(responseId: string, storage: Storage = window.localStorage): void {
  try {
    storage.removeItem(PREFIX + responseId);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
