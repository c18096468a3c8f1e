import type { AssignmentSummary, UpdateAssignmentRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Pause, resume or withdraw an assignment; a stale version (409) refreshes the list. */
export function useUpdateAssignment(clientId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: homeworkKeys.clientAssignments(clientId) });
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAssignmentRequest & { id: string }) =>
      api<AssignmentSummary>(`/clients/${clientId}/assignments/${id}`, { method: 'PATCH', body }),
    onSettled: refresh,
  });
}
