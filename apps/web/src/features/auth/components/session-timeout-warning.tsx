import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { DialogHelp } from '../../../components/help-panel/help-panel';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useMe } from '../../../lib/session/get-me';
import { useKeepAlive } from '../api/keep-alive';
import { useLogOut } from '../api/log-out';
import { formatCountdown, sessionState } from '../lib/session-timing';
import { useNow } from '../lib/use-now';

/**
 * Two minutes before the session ends, a calm question: stay logged in? At the end, off to
 * the login page with a gentle note. Before warning or leaving it asks the server again
 * (passively), because work in another tab may have extended the session meanwhile.
 */
export function SessionTimeoutWarning() {
  const { t } = useTranslation('auth');
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
    <Modal
      opened={opened}
      onClose={stay}
      title={t(absolute ? 'sessionTimeout.absoluteTitle' : 'sessionTimeout.title')}
      centered
    >
      <DialogHelp>
        <Stack gap="md">
          <Text>{t(absolute ? 'sessionTimeout.absoluteBody' : 'sessionTimeout.body')}</Text>
          <Text role="timer" fw={600} fz="xl">
            {t('sessionTimeout.countdown', { time: formatCountdown(state.secondsLeft) })}
          </Text>
          <Group gap="sm">
            <Button data-autofocus onClick={stay} loading={keepAlive.isPending}>
              {t(absolute ? 'sessionTimeout.ok' : 'sessionTimeout.stay')}
            </Button>
            <Button variant="default" onClick={() => void logOut()}>
              {t('sessionTimeout.logOutNow')}
            </Button>
          </Group>
        </Stack>
      </DialogHelp>
    </Modal>
  );
}
