import type { Checkin, CheckinInput } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../../../lib/api/api-client';
import { readPending, writePending } from '../lib/checkin-draft-store';
import { checkinKeys } from './query-keys';

const sameBody = (a: CheckinInput, b: CheckinInput) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the server may have stored it although no answer came back. */
const outcomeUnknown = (error: unknown) =>
  error instanceof ApiRequestError && (error.status === 0 || error.status >= 500);

/**
 * Sends a check-in with its idempotency key. When an earlier send with this key got no answer
 * and the form changed since, that earlier body goes first (the server answers with what it
 * stored, or stores it now) and the changes follow as an edit: one check-in, never two.
 */
export async function sendCheckin(idempotencyKey: string, body: CheckinInput): Promise<Checkin> {
  const first = readPending(idempotencyKey) ?? body;
  let created: Checkin;
  try {
    created = await apiCall('POST /me/checkins', { body: { ...first, idempotencyKey } });
  } catch (error) {
    if (outcomeUnknown(error)) writePending(idempotencyKey, first);
    throw error;
  }
  if (sameBody(first, body)) {
    writePending(idempotencyKey, null);
    return created;
  }
  // Kept until the edit lands too: a retry then finds the same check-in again by its key.
  writePending(idempotencyKey, first);
  const edited = await apiCall('PATCH /me/checkins/:checkinId', {
    params: { checkinId: created.id },
    body: { ...body, version: created.version },
  });
  writePending(idempotencyKey, null);
  return edited;
}

export function useCreateCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, body }: { idempotencyKey: string; body: CheckinInput }) =>
      sendCheckin(idempotencyKey, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checkinKeys.mine }),
  });
}
