import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Opens the draft for an assignment (the existing one when there is one). */
export function useStartResponse(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiCall('POST /me/assignments/:assignmentId/responses', { params: { assignmentId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: homeworkKeys.myAssignments }),
  });
}
