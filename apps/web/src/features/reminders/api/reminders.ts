import type {
  AcceptReminderSuggestionRequest,
  DeliveryHistory,
  PushDevice,
  PushSubscriptionInput,
  ReminderSettings,
  UpdateReminderSettingsRequest,
} from '@oefenruimte/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

const keys = {
  settings: ['reminders', 'settings'] as const,
  history: ['reminders', 'history'] as const,
};

export function useReminderSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api<ReminderSettings>('/me/reminders'),
  });
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReminderSettingsRequest) =>
      api<ReminderSettings>('/me/reminders', { method: 'PUT', body }),
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
        ? api<ReminderSettings>(`/me/reminders/suggestions/${suggestionId}/accept`, {
            method: 'POST',
            body: accept,
          })
        : api<ReminderSettings>(`/me/reminders/suggestions/${suggestionId}/decline`, {
            method: 'POST',
          }),
    onSuccess: (saved) => queryClient.setQueryData(keys.settings, saved),
  });
}

export function useDeliveryHistory() {
  return useQuery({
    queryKey: keys.history,
    queryFn: () => api<DeliveryHistory>('/me/reminders/history'),
  });
}

function useRefreshHistory() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.history });
}

export function useAddDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (body: PushSubscriptionInput) =>
      api<PushDevice>('/me/push-devices', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRemoveDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (deviceId: string) =>
      api<void>(`/me/push-devices/${deviceId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useTestDevice() {
  const refresh = useRefreshHistory();
  return useMutation({
    mutationFn: (deviceId: string) =>
      api<{ outcome: string }>('/me/reminders/test', { method: 'POST', body: { deviceId } }),
    onSuccess: refresh,
  });
}

export function vapidPublicKey(): Promise<{ publicKey: string }> {
  return api<{ publicKey: string }>('/reminders/vapid-public-key');
}
