import type { Me } from '@oefenruimte/shared';
import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { LOCALE_STORAGE_KEY } from '../../../components/i18n/locale-storage';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

export type LoggedOutReason = 'logged-out' | 'expired';

/** What the login page gets in its location state after someone left. */
export interface LoginPageState {
  readonly reason?: LoggedOutReason;
}

/**
 * Ends the session and goes to the login page with a gentle note. Ending it on the server is
 * tried even when it already expired. The cache is cleared by the login page once it is
 * shown (useClearSessionCache): clearing it here, while the logged-in page is still on
 * screen, would make that page's guard redirect first and the note would be lost.
 */
export function useLogOut() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(
    async (reason: LoggedOutReason = 'logged-out', returnTo?: string) => {
      await apiCall('POST /auth/logout').catch(() => undefined);
      // Loaded when someone leaves (the service worker keeps it for offline use): no page needs
      // it in its first download.
      const accountId = queryClient.getQueryData<Me | null>(ME_QUERY_KEY)?.id;
      await import('../../../pwa/clear-device-data')
        .then(({ clearDeviceData }) => clearDeviceData(accountId, reason))
        .catch(() => reason === 'logged-out' && clearAllKept());
      const state: LoginPageState = { reason };
      const search = returnTo ? `?terug=${encodeURIComponent(returnTo)}` : '';
      await navigate(`/inloggen${search}`, { replace: true, state });
    },
    [navigate, queryClient],
  );
}

/**
 * When the clean-up itself cannot be loaded (offline, before the service worker kept it):
 * everything this app kept in the browser goes, only the language choice stays.
 */
function clearAllKept(): void {
  for (const storage of [window.localStorage, window.sessionStorage])
    for (const key of Object.keys(storage))
      if (key.startsWith('oefenruimte.') && key !== LOCALE_STORAGE_KEY) storage.removeItem(key);
}

/** Drops every cached answer of the person who just left, so nothing stays for the next one. */
export function useClearSessionCache(active: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active) return;
    const meHash = hashKey(ME_QUERY_KEY);
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    queryClient.setQueryData(ME_QUERY_KEY, null);
  }, [active, queryClient]);
}
