import type { CheckinInput } from '@oefenruimte/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { checkinKeys } from '../features/checkins/api/query-keys';
import { readPending } from '../features/checkins/lib/checkin-draft-store';
import { ApiRequestError } from '../lib/api/api-client';
import { useMe } from '../lib/session/get-me';
import { enqueueCheckin, flushOutbox, readOutbox } from './checkin-outbox';
import { whenOutboxMaySend } from './outbox-triggers';

/**
 * How many check-ins of the logged-in client wait on this device, and the sending of them:
 * at once, whenever the connection comes back, and when another tab queued one.
 */
export function useCheckinOutbox(): { pending: number; justSent: boolean } {
  const accountId = useMe().data?.id;
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(() => (accountId ? readOutbox(accountId).length : 0));
  const [justSent, setJustSent] = useState(false);

  useEffect(() => {
    if (!accountId) return;
    const refresh = () => setPending(readOutbox(accountId).length);
    const flush = () => {
      if (readOutbox(accountId).length === 0) return;
      void flushOutbox(accountId).then((sent) => {
        refresh();
        if (sent > 0) {
          setJustSent(readOutbox(accountId).length === 0);
          void queryClient.invalidateQueries({ queryKey: checkinKeys.mine });
        }
      });
    };
    const changed = () => {
      refresh();
      if (readOutbox(accountId).length > 0) setJustSent(false);
    };
    refresh();
    flush();
    return whenOutboxMaySend(flush, changed);
  }, [accountId, queryClient]);

  return { pending, justSent };
}

/**
 * For the check-in form: when a send failed for want of a connection, keep the check-in in the
 * outbox with its key (and what may have gone out with it). True when it was queued.
 */
export function useQueueWhenOffline(): (
  error: unknown,
  idempotencyKey: string,
  body: CheckinInput,
) => boolean {
  const accountId = useMe().data?.id;
  return useCallback(
    (error, idempotencyKey, body) => {
      if (!accountId || !(error instanceof ApiRequestError) || error.status !== 0) return false;
      // Only when the device says it is offline: an answer lost while online keeps the form,
      // with its retry, as before (the same key makes the retry the same check-in).
      if (typeof navigator !== 'undefined' && navigator.onLine) return false;
      enqueueCheckin(accountId, {
        idempotencyKey,
        first: readPending(idempotencyKey) ?? body,
        body,
      });
      return true;
    },
    [accountId],
  );
}
