import type { AssignmentSummary, CreateAssignmentRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, ...body }: CreateAssignmentRequest & { clientId: string }) =>
      api<AssignmentSummary>(`/clients/${clientId}/assignments`, { method: 'POST', body }),
    onSuccess: (assignment) =>
      queryClient.invalidateQueries({
        queryKey: homeworkKeys.clientAssignments(assignment.clientId),
      }),
  });
}
