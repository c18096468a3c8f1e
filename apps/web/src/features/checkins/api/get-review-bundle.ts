import type { ReviewBundle } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { noRetryOn4xx } from './get-overview';
import { checkinKeys } from './query-keys';

/** Everything for "Samen terugkijken": the period since the last review, shared items only. */
export function useReviewBundle(clientId: string) {
  return useQuery({
    queryKey: checkinKeys.reviewBundle(clientId),
    queryFn: () => api<ReviewBundle>(`/clients/${encodeURIComponent(clientId)}/review`),
    retry: noRetryOn4xx,
  });
}
