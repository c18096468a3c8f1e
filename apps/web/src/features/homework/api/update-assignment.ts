import type { UpdateAssignmentRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Pause, resume or withdraw an assignment; a stale version (409) refreshes the list. */
export function useUpdateAssignment(clientId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: homeworkKeys.clientAssignments(clientId) });
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAssignmentRequest & { id: string }) =>
      apiCall('PATCH /clients/:clientId/assignments/:assignmentId', {
        params: { clientId, assignmentId: id },
        body,
      }),
    onSettled: refresh,
  });
}
