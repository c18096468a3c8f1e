import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { noRetryOn4xx } from './get-overview';
import { checkinKeys } from './query-keys';

/** Everything for "Samen terugkijken": the period since the last review, shared items only. */
export function useReviewBundle(clientId: string) {
  return useQuery({
    queryKey: checkinKeys.reviewBundle(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/review', { params: { clientId } }),
    retry: noRetryOn4xx,
  });
}
