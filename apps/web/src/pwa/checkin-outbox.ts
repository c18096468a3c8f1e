import type { CheckinInput } from '@oefenruimte/shared';
import { sendCheckin } from '../features/checkins/api/create-checkin';
import { writePending } from '../features/checkins/lib/checkin-draft-store';
import { ApiRequestError } from '../lib/api/api-client';

/**
 * Check-ins made without a connection, kept on this device per account (localStorage, so they
 * survive closing the app) until the server has them. Each keeps the idempotency key the form
 * made for it and the body that may already have gone out with that key (`first`): sending it
 * again is the same check-in to the server, never a second one.
 */
export interface QueuedCheckin {
  readonly idempotencyKey: string;
  readonly first: CheckinInput;
  readonly body: CheckinInput;
}

const PREFIX = 'oefenruimte.outbox.checkins.';
export const OUTBOX_CHANGED = 'oefenruimte-outbox-changed';

const storageKey = (accountId: string) => `${PREFIX}${accountId}`;

export function readOutbox(accountId: string): QueuedCheckin[] {
  try {
    const raw = localStorage.getItem(storageKey(accountId));
    const items: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(items)
      ? items.filter(
          (item): item is QueuedCheckin =>
            typeof (item as QueuedCheckin)?.idempotencyKey === 'string' &&
            typeof (item as QueuedCheckin).body === 'object',
        )
      : [];
  } catch {
    return [];
  }
}

function writeOutbox(accountId: string, items: readonly QueuedCheckin[]): void {
  try {
    if (items.length === 0) localStorage.removeItem(storageKey(accountId));
    else localStorage.setItem(storageKey(accountId), JSON.stringify(items));
  } catch {
    // A full or blocked storage: the check-in stays in the form's own draft instead.
  }
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
}

export function enqueueCheckin(accountId: string, item: QueuedCheckin): void {
  const others = readOutbox(accountId).filter((i) => i.idempotencyKey !== item.idempotencyKey);
  writeOutbox(accountId, [...others, item]);
}

/** At logout: what this account kept on the device goes with it. */
export function clearOutbox(accountId: string): void {
  writeOutbox(accountId, []);
}

/** No answer, a server error, a limit or an ended session: worth trying again later. */
export const tryAgainLater = (error: unknown) =>
  !(error instanceof ApiRequestError) ||
  error.status === 0 ||
  error.status === 401 ||
  error.status === 429 ||
  error.status >= 500;

const flushing = new Map<string, Promise<number>>();

/**
 * Sends what is queued, oldest first, one at a time; stops at the first one that cannot go yet.
 * One flush per account at a time (several screens may ask at once). Resolves to how many went.
 */
export function flushOutbox(accountId: string): Promise<number> {
  const running = flushing.get(accountId);
  if (running) return running;
  const run = (async () => {
    let sent = 0;
    for (const item of readOutbox(accountId)) {
      // What may have reached the server with this key goes first (see sendCheckin).
      writePending(item.idempotencyKey, item.first);
      try {
        await sendCheckin(item.idempotencyKey, item.body);
        sent += 1;
      } catch (error) {
        if (tryAgainLater(error)) break;
        // Refused for good (400/404/409): it can never go; keeping it would block the rest.
      }
      writePending(item.idempotencyKey, null);
      writeOutbox(
        accountId,
        readOutbox(accountId).filter((i) => i.idempotencyKey !== item.idempotencyKey),
      );
    }
    return sent;
  })().finally(() => flushing.delete(accountId));
  flushing.set(accountId, run);
  return run;
}
