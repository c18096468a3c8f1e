import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { noRetryOn4xx } from '../../../lib/api/no-retry-on-4xx';
import { reviewKeys } from './query-keys';

/** Everything for "Samen terugkijken": the period since the last review, shared items only. */
export function useReviewBundle(clientId: string) {
  return useQuery({
    queryKey: reviewKeys.reviewBundle(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/review', { params: { clientId } }),
    retry: noRetryOn4xx,
  });
}
