import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { homeworkKeys } from '../features/homework/api/query-keys';
import { useMe } from '../lib/session/get-me';
import {
  dismissRefusedHomework,
  enqueueHomework,
  readHomeworkOutbox,
  readRefusedHomework,
  type HomeworkRefusal,
  type QueuedHomework,
  type RefusedHomework,
} from './homework-outbox';
import { subscribeOutboxChanges, whenOutboxMaySend } from './outbox-triggers';

interface HomeworkOutboxState {
  /** Exercises sent without a connection that the server does not have yet. */
  readonly pending: number;
  readonly refused: readonly RefusedHomework[];
  readonly justSent: boolean;
}

/**
 * The exercises of the logged-in client waiting on this device, and the sending of them: at
 * once (also after the app was closed), whenever the connection comes back, and when another
 * tab queued one.
 */
export function useHomeworkOutbox(): HomeworkOutboxState {
  const accountId = useMe().data?.id;
  const queryClient = useQueryClient();
  const [state, setState] = useState<HomeworkOutboxState>(() => ({
    pending: accountId ? readHomeworkOutbox(accountId).length : 0,
    refused: accountId ? readRefusedHomework(accountId) : [],
    justSent: false,
  }));

  useEffect(() => {
    if (!accountId) return;
    const refresh = (justSent?: boolean) =>
      setState((before) => {
        const pending = readHomeworkOutbox(accountId).length;
        return {
          pending,
          refused: readRefusedHomework(accountId),
          justSent: pending > 0 ? false : (justSent ?? before.justSent),
        };
      });
    const flush = () => {
      if (readHomeworkOutbox(accountId).length === 0) return;
      // The sender (and the draft engine it uses) loads only when something waits to go.
      void import('./send-homework-outbox')
        .then(({ flushHomeworkOutbox }) => flushHomeworkOutbox(accountId))
        .then((sent) => {
          refresh(sent > 0);
          void queryClient.invalidateQueries({ queryKey: homeworkKeys.all });
        })
        // Not loadable now (offline, before the worker kept it): the next trigger tries again.
        .catch(() => undefined);
    };
    refresh();
    flush();
    return whenOutboxMaySend(flush, () => refresh());
  }, [accountId, queryClient]);

  return state;
}

type QueuedState = 'waiting' | HomeworkRefusal | 'none';

/**
 * For the review screen: where this response's send stands in the device outbox, and keeping
 * it there when "versturen" found no connection (false when the device could not store it).
 */
export function useQueuedHomework(responseId: string): {
  state: QueuedState;
  enqueue: (item: Omit<QueuedHomework, 'responseId'>) => boolean;
  /** Sent after all (from this screen): a refusal shown for it is over. */
  forget: () => void;
} {
  const accountId = useMe().data?.id;
  const state = useSyncExternalStore(subscribeOutboxChanges, () => {
    if (!accountId) return 'none';
    if (readHomeworkOutbox(accountId).some((i) => i.responseId === responseId)) return 'waiting';
    return (
      readRefusedHomework(accountId).find((i) => i.responseId === responseId)?.reason ?? 'none'
    );
  });
  const enqueue = useCallback(
    (item: Omit<QueuedHomework, 'responseId'>) => {
      if (!accountId) return false;
      enqueueHomework(accountId, { ...item, responseId });
      return readHomeworkOutbox(accountId).some((i) => i.responseId === responseId);
    },
    [accountId, responseId],
  );
  const forget = useCallback(() => {
    if (accountId) dismissRefusedHomework(accountId, responseId);
  }, [accountId, responseId]);
  return { state, enqueue, forget };
}
