import type { CreateFeedbackRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useCreateFeedback(clientId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedbackRequest) =>
      apiCall('POST /clients/:clientId/responses/:responseId/feedback', {
        params: { clientId, responseId },
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: homeworkKeys.sharedResponse(clientId, responseId),
      }),
  });
}
