import { clearOutbox } from './checkin-outbox';
import { homeworkOutboxKey } from './homework-outbox';
import { clearOfflineApiCache } from './offline-api';

/**
 * What leaves the device with the person: the API answers kept for offline use always; the
 * check-ins and exercises still waiting only when they log out themselves (after a session
 * timed out they stay, and go once the same person logs in again).
 */
export async function clearDeviceData(
  accountId: string | undefined,
  reason: 'logged-out' | 'expired',
): Promise<void> {
  if (accountId && reason === 'logged-out') {
    clearOutbox(accountId);
    try {
      localStorage.removeItem(homeworkOutboxKey(accountId));
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
  await clearOfflineApiCache();
}
