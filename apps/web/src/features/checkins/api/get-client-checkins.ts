import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { noRetryOn4xx } from '../../../lib/api/no-retry-on-4xx';
import { checkinKeys } from './query-keys';

/** What the client shared in a period (and how many stayed private, if they allow that). */
export function useClientCheckins(clientId: string, from: string, to: string) {
  return useQuery({
    queryKey: checkinKeys.clientCheckins(clientId, from, to),
    queryFn: () =>
      apiCall('GET /clients/:clientId/checkins', { params: { clientId }, query: { from, to } }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });
}
