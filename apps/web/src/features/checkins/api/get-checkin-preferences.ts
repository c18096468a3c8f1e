import type { CheckinPreferences } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export function useCheckinPreferences() {
  return useQuery({
    queryKey: checkinKeys.preferences,
    queryFn: () => api<CheckinPreferences>('/me/checkin-preferences'),
  });
}
