import type {
  AcceptReminderSuggestionRequest,
  PushSubscriptionInput,
  UpdateReminderSettingsRequest,
} from '@oefenruimte/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

const keys = {
  settings: ['reminders', 'settings'] as const,
  history: ['reminders', 'history'] as const,
};

export function useReminderSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => apiCall('GET /me/reminders'),
  });
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReminderSettingsRequest) => apiCall('PUT /me/reminders', { body }),
    onSuccess: (saved) => queryClient.setQueryData(keys.settings, saved),
  });
}

/** Yes or no to a therapist's suggested reminder; the answer comes back as the new settings. */
export function useAnswerSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      suggestionId,
      accept,
    }: {
      suggestionId: string;
      accept: AcceptReminderSuggestionRequest | null;
    }) =>
      accept
        ? apiCall('POST /me/reminders/suggestions/:reminderSuggestionId/accept', {
            params: { reminderSuggestionId: suggestionId },
            body: accept,
          })
        : apiCall('POST /me/reminders/suggestions/:reminderSuggestionId/decline', {
            params: { reminderSuggestionId: suggestionId },
          }),
    onSuccess: (saved) => queryClient.setQueryData(keys.settings, saved),
  });
}

export function useDeliveryHistory() {
  return useQuery({
    queryKey: keys.history,
    queryFn: () => apiCall('GET /me/reminders/history'),
  });
}

function useRefreshHistory() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.history });
}

export function useAddDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (body: PushSubscriptionInput) => apiCall('POST /me/push-devices', { body }),
    onSuccess: refresh,
  });
}

export function useRemoveDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (deviceId: string) =>
      apiCall('DELETE /me/push-devices/:deviceId', { params: { deviceId } }),
    onSuccess: refresh,
  });
}

export function useTestDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (deviceId: string) => apiCall('POST /me/reminders/test', { body: { deviceId } }),
    onSuccess: refresh,
  });
}

export function vapidPublicKey(): Promise<{ publicKey: string }> {
  return apiCall('GET /reminders/vapid-public-key');
}
