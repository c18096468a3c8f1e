import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { noRetryOn4xx } from '../../../lib/api/no-retry-on-4xx';
import { checkinKeys } from './query-keys';

/** Every client in care, ordered by need. */
export function useOverview() {
  return useQuery({
    queryKey: checkinKeys.overview,
    queryFn: () => apiCall('GET /overview'),
    retry: noRetryOn4xx,
  });
}
