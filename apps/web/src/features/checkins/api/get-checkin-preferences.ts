import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export function useCheckinPreferences() {
  return useQuery({
    queryKey: checkinKeys.preferences,
    queryFn: () => apiCall('GET /me/checkin-preferences'),
  });
}
