import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useMe } from '../../../lib/session/get-me';
import { useKeepAlive } from '../api/keep-alive';
import { useLogOut } from '../api/log-out';
import { sessionState } from '../lib/session-timing';
import { useNow } from '../lib/use-now';

/**
 * Two minutes before the session ends, a calm question: stay logged in? At the end, off to
 * the login page with a gentle note. Before warning or leaving it asks the server again
 * (passively), because work in another tab may have extended the session meanwhile.
 */
// The dialog (and Mantine's modal, scroll area and focus trap with it) loads only when it is
// needed, so it is not part of every page's first download.
const SessionTimeoutDialog = lazy(async () => ({
  default: (await import('./session-timeout-dialog')).SessionTimeoutDialog,
}));

export function SessionTimeoutWarning() {
  const { data: me, refetch } = useMe();
  const keepAlive = useKeepAlive();
  const logOut = useLogOut();
  const { pathname } = useLocation();
  const now = useNow();
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const leaving = useRef(false);
  const checking = useRef<string | null>(null);
  const state = me ? sessionState(me.session, now) : null;
  const phase = state?.phase;
  const endsAt = state?.endsAt;

  useEffect(() => {
    if (!endsAt || phase === 'active' || checkedFor === endsAt || checking.current === endsAt)
      return;
    checking.current = endsAt;
    void refetch().then((result) => {
      if (result.data === null && !leaving.current) {
        leaving.current = true;
        void logOut('expired', pathname);
      }
      setCheckedFor(endsAt);
    });
  }, [phase, endsAt, checkedFor, refetch, logOut, pathname]);

  useEffect(() => {
    if (phase !== 'expired' || checkedFor !== endsAt || leaving.current) return;
    leaving.current = true;
    void logOut('expired', pathname);
  }, [phase, endsAt, checkedFor, logOut, pathname]);

  if (!state) return null;
  const absolute = state.reason === 'absolute';
  const opened =
    state.phase === 'warning' && checkedFor === state.endsAt && dismissedFor !== state.endsAt;

  function stay() {
    if (absolute) return setDismissedFor(endsAt ?? null);
    keepAlive.mutate(undefined, {
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 401 && !leaving.current) {
          leaving.current = true;
          void logOut('expired', pathname);
        }
      },
    });
  }

  return (
    <Suspense fallback={null}>
      {opened && (
        <SessionTimeoutDialog
          absolute={absolute}
          secondsLeft={state.secondsLeft}
          staying={keepAlive.isPending}
          onStay={stay}
          onLogOut={() => void logOut()}
        />
      )}
    </Suspense>
  );
}
