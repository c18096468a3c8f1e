import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

/** All of the client's own check-ins in a period, private and shared. */
export function useMyCheckins(from: string, to: string) {
  return useQuery({
    queryKey: checkinKeys.mineInRange(from, to),
    queryFn: () => apiCall('GET /me/checkins', { query: { from, to } }),
    placeholderData: keepPreviousData,
  });
}
