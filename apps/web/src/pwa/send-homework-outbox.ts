import { getMyAssignment } from '../features/homework/api/get-my-assignments';
import { submitResponse } from '../features/homework/api/submit-response';
import { draftSyncFor, releaseDraftSync } from '../features/homework/hooks/use-draft-sync';
import { ApiRequestError } from '../lib/api/api-client';
import { tryAgainLater } from './checkin-outbox';
import {
  HOMEWORK_OUTBOX_PREFIX,
  readHomeworkOutbox,
  settleQueuedHomework,
  type HomeworkRefusal,
  type QueuedHomework,
} from './homework-outbox';

/**
 * Sending the exercises kept in the device outbox (homework-outbox.ts). Apart from the store, so
 * the logout (which clears the store) does not carry the homework code into the first download.
 */
type Outcome = 'sent' | 'later' | HomeworkRefusal;

function refusalOf(error: unknown): HomeworkRefusal {
  return error instanceof ApiRequestError && error.status === 404 ? 'gone' : 'refused';
}

/**
 * One queued send: the server's copy first (already sent counts as done), then the answers
 * still on this device through the draft's own engine, then the submit on the version that
 * gives. A stale version (saved elsewhere in between) is taken as the new base and tried again.
 */
export async function sendQueuedHomework(item: QueuedHomework): Promise<Outcome> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let detail;
    try {
      detail = await getMyAssignment(item.assignmentId);
    } catch (error) {
      return tryAgainLater(error) ? 'later' : refusalOf(error);
    }
    if (detail.submitted.some((response) => response.id === item.responseId)) {
      releaseDraftSync(item.responseId);
      return 'sent';
    }
    if (detail.draft?.id !== item.responseId) return 'gone';
    const engine = draftSyncFor(detail.draft);
    engine.adoptServer(detail.draft);
    if (!(await engine.settle())) {
      const { status, invalidSteps } = engine.getState();
      if (status === 'closed') return 'gone';
      if (status === 'conflict' || invalidSteps.length > 0) return 'needsYou';
      return 'later';
    }
    try {
      await submitResponse(
        item.assignmentId,
        item.responseId,
        { version: engine.getState().version, share: [...item.share], discuss: [...item.discuss] },
        item.idempotencyKey,
      );
      releaseDraftSync(item.responseId);
      return 'sent';
    } catch (error) {
      if (tryAgainLater(error)) return 'later';
      const stale = error instanceof ApiRequestError && error.status === 409 && !!error.current;
      if (!stale) return refusalOf(error);
    }
  }
  return 'later';
}

const flushing = new Map<string, Promise<number>>();

/** Across tabs of this browser: one sender at a time (the server would refuse a double anyway). */
function exclusive<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, run) as Promise<T>) : run();
}

/**
 * Sends what is queued, oldest first; stops at the first one that cannot go yet. A refused one
 * leaves the queue for the list of refusals (its answers stay as a draft). Resolves to how many went.
 */
export function flushHomeworkOutbox(accountId: string): Promise<number> {
  const running = flushing.get(accountId);
  if (running) return running;
  const run = exclusive(`${HOMEWORK_OUTBOX_PREFIX}${accountId}`, async () => {
    let sent = 0;
    // Read again under the lock: another tab may have sent some in the meantime.
    for (const item of readHomeworkOutbox(accountId)) {
      const outcome = await sendQueuedHomework(item);
      if (outcome === 'later') break;
      if (outcome === 'sent') sent += 1;
      settleQueuedHomework(accountId, item, outcome === 'sent' ? undefined : outcome);
    }
    return sent;
  }).finally(() => flushing.delete(accountId));
  flushing.set(accountId, run);
  return run;
}
