import type { CheckinPreferences } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

export function useUpdateCheckinPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinPreferences) =>
      api<CheckinPreferences>('/me/checkin-preferences', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(checkinKeys.preferences, saved),
  });
}
