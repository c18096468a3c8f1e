import type { CreateReviewRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { reviewKeys } from './query-keys';

export function useCreateReview(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewRequest) =>
      apiCall('POST /clients/:clientId/reviews', { params: { clientId }, body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reviewKeys.clientReviews(clientId) }),
  });
}
