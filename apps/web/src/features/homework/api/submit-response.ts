import type { ClientResponse, SubmitResponseRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../../../lib/api/api-client';
import { forgetSubmitKey, submitKeyFor } from '../utils/submit-key-store';
import { getMyAssignment } from './get-my-assignments';
import { homeworkKeys } from './query-keys';
import { updateMarks } from './update-marks';

type SubmitBody = Omit<SubmitResponseRequest, 'idempotencyKey'>;

/**
 * Sends a response with the key kept for it, so a retry after a lost connection counts once
 * (the device outbox passes the key it kept with the send).
 * When an earlier attempt did arrive (with other share choices), the response is submitted
 * already: the current choices are then applied as marks, so what the client chose holds.
 */
export async function submitResponse(
  assignmentId: string,
  responseId: string,
  body: SubmitBody,
  idempotencyKey: string = submitKeyFor(responseId),
): Promise<ClientResponse> {
  try {
    const submitted = await apiCall('POST /me/responses/:responseId/submit', {
      params: { responseId },
      body: { ...body, idempotencyKey },
    });
    forgetSubmitKey(responseId);
    return submitted;
  } catch (error) {
    const arrivedEarlier =
      error instanceof ApiRequestError &&
      (error.code === 'IDEMPOTENCY_KEY_REUSED' || error.code === 'ALREADY_SUBMITTED');
    if (!arrivedEarlier) throw error;
    const detail = await getMyAssignment(assignmentId);
    if (!detail.submitted.some((response) => response.id === responseId)) throw error;
    const marked = await updateMarks(responseId, { share: body.share, discuss: body.discuss });
    forgetSubmitKey(responseId);
    return marked;
  }
}

export function useSubmitResponse(assignmentId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitBody) => submitResponse(assignmentId, responseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: homeworkKeys.all }),
  });
}
