import type { ClientResponse } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Opens the draft for an assignment (the existing one when there is one). */
export function useStartResponse(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ClientResponse>(`/me/assignments/${assignmentId}/responses`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: homeworkKeys.myAssignments }),
  });
}
