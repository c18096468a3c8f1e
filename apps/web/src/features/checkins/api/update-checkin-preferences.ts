import type { CheckinPreferences } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export function useUpdateCheckinPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinPreferences) => apiCall('PUT /me/checkin-preferences', { body }),
    onSuccess: (saved) => queryClient.setQueryData(checkinKeys.preferences, saved),
  });
}
