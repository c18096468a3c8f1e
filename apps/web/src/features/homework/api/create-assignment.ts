import type { CreateAssignmentRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, ...body }: CreateAssignmentRequest & { clientId: string }) =>
      apiCall('POST /clients/:clientId/assignments', { params: { clientId }, body }),
    onSuccess: (assignment) =>
      queryClient.invalidateQueries({
        queryKey: homeworkKeys.clientAssignments(assignment.clientId),
      }),
  });
}
