import type { CreateFeedbackRequest, Feedback } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useCreateFeedback(clientId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedbackRequest) =>
      api<Feedback>(`/clients/${clientId}/responses/${responseId}/feedback`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: homeworkKeys.sharedResponse(clientId, responseId),
      }),
  });
}
