/**
 * The few API answers the client app needs to open without a connection, and nothing more:
 * who is logged in (so the app does not send a logged-in client to the login page), the
 * practice's own help text (next to 113 and 112), the check-in preferences (whether a new
 * check-in starts shared) and the client's own signaleringsplan (their steps and contacts for
 * when things get worse, which matter most without a connection). Shared by the service worker and the logout, which removes them.
 */
export const OFFLINE_API_CACHE = 'oefenruimte-offline-api';

export const OFFLINE_API_PATHS: readonly string[] = [
  '/api/auth/me',
  '/api/practice',
  '/api/me/checkin-preferences',
  '/api/me/safety-plan',
];

/** Removes everything of the person who leaves this device (logout): cached API answers. */
export async function clearOfflineApiCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(OFFLINE_API_CACHE).catch(() => false);
}
