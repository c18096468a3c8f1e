import type { CheckinInput } from '@oefenruimte/shared';
import type { CheckinValues } from './checkin-values';
import { newKey } from '../../../lib/new-key';

const DRAFT_KEY = 'oefenruimte.checkins.unsent';
const PENDING_KEY = 'oefenruimte.checkins.pending';

/**
 * The unsent check-in of this tab: the form and the idempotency key made once for it. A retry
 * after a lost connection reuses the key, so the server sees the same check-in, never a second.
 */
export interface CheckinDraft {
  readonly idempotencyKey: string;
  readonly values: CheckinValues;
}

function read<T>(key: string, storage: Storage): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown, storage: Storage): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full storage: the form still works, only a reload loses it.
  }
}

export function readDraft(storage: Storage = window.sessionStorage): CheckinDraft | null {
  const draft = read<Partial<CheckinDraft>>(DRAFT_KEY, storage);
  if (!draft || typeof draft.idempotencyKey !== 'string' || !draft.values) return null;
  return { idempotencyKey: draft.idempotencyKey, values: draft.values };
}

export function writeDraft(draft: CheckinDraft, storage: Storage = window.sessionStorage): void {
  write(DRAFT_KEY, draft, storage);
}

export function startDraft(values: CheckinValues): CheckinDraft {
  return { idempotencyKey: newKey(), values };
}

/** What went out with this key when no answer came back (connection lost, server error). */
export function readPending(
  idempotencyKey: string,
  storage: Storage = window.sessionStorage,
): CheckinInput | null {
  const pending = read<{ key: string; body: CheckinInput }>(PENDING_KEY, storage);
  return pending?.key === idempotencyKey ? pending.body : null;
}

export function writePending(
  idempotencyKey: string,
  body: CheckinInput | null,
  storage: Storage = window.sessionStorage,
): void {
  write(PENDING_KEY, body ? { key: idempotencyKey, body } : null, storage);
}

/** After the server confirmed: the next check-in starts fresh, with a new key. */
export function clearDraft(storage: Storage = window.sessionStorage): void {
  write(DRAFT_KEY, null, storage);
  write(PENDING_KEY, null, storage);
}
