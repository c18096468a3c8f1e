import type { CreateReviewRequest, Review } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export function useCreateReview(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewRequest) =>
      api<Review>(`/clients/${encodeURIComponent(clientId)}/reviews`, { method: 'POST', body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: checkinKeys.clientReviews(clientId) }),
  });
}
