import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export const noRetryOn4xx = (count: number, error: unknown) =>
  !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1;

/** Every client in care, ordered by need. */
export function useOverview() {
  return useQuery({
    queryKey: checkinKeys.overview,
    queryFn: () => apiCall('GET /overview'),
    retry: noRetryOn4xx,
  });
}
