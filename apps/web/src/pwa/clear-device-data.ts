import { INVITATION_CODE_KEY } from '../features/auth/lib/stashed-invitation';
import { SUBMIT_KEY_PREFIX } from '../features/homework/utils/submit-key-store';
import { UNSENT_PREFIX } from '../features/homework/utils/unsent-store';
import { clearOutbox } from './checkin-outbox';
import { HOMEWORK_OUTBOX_PREFIX, homeworkOutboxKey } from './homework-outbox';
import { clearOfflineApiCache } from './offline-api';

/**
 * What leaves the device with the person: the API answers kept for offline use always; the
 * check-ins and exercises still waiting, and answers typed but not yet on the server, only when
 * they log out themselves (after a session timed out they stay, and go once the same person
 * logs in again).
 */
export async function clearDeviceData(
  accountId: string | undefined,
  reason: 'logged-out' | 'expired',
): Promise<void> {
  if (accountId && reason === 'logged-out') {
    clearOutbox(accountId);
    try {
      localStorage.removeItem(homeworkOutboxKey(accountId));
      clearUnsentHomework();
      clearTabDrafts();
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
  await clearOfflineApiCache();
}

/**
 * What this tab kept of forms not yet saved (a check-in, the signaleringsplan): the next person
 * to log in here must not find them. The invitation code someone is on their way with stays.
 */
function clearTabDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('oefenruimte.') && key !== INVITATION_CODE_KEY)
      sessionStorage.removeItem(key);
}

/**
 * Homework answers and submit keys kept per response, which do not say whose they are: all of
 * them go, except those of an exercise another account (whose session timed out on this
 * device) still has waiting in its outbox.
 */
function clearUnsentHomework(): void {
  const keys = Object.keys(localStorage);
  const stillWaiting = new Set<string>();
  for (const key of keys.filter((k) => k.startsWith(HOMEWORK_OUTBOX_PREFIX))) {
    try {
      const { waiting } = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        waiting?: { responseId?: unknown }[];
      };
      for (const item of waiting ?? []) stillWaiting.add(String(item.responseId));
    } catch {
      // Not ours to read: left as it is.
    }
  }
  for (const key of keys) {
    const prefix = [UNSENT_PREFIX, SUBMIT_KEY_PREFIX].find((p) => key.startsWith(p));
    if (prefix && !stillWaiting.has(key.slice(prefix.length))) localStorage.removeItem(key);
  }
}
