import type { SuggestPlanChangeRequest } from '@oefenruimte/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** The suggestions on the client's own plan, newest first. */
export function useMySuggestions() {
  return useQuery({
    queryKey: planKeys.suggestions,
    queryFn: () => apiCall('GET /me/safety-plan/suggestions'),
  });
}

/** The client takes a suggestion as the plan's next version; 409 when the plan moved on. */
export function useAcceptSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, planVersion }: { id: string; planVersion: number }) =>
      apiCall('POST /me/safety-plan/suggestions/:suggestionId/accept', {
        params: { suggestionId: id },
        body: { planVersion },
      }),
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}

/** The client keeps their plan as it is. */
export function useDeclineSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiCall('POST /me/safety-plan/suggestions/:suggestionId/decline', {
        params: { suggestionId: id },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.suggestions }),
  });
}

/** The therapist suggests a change to a shared plan, from the version they read. */
export function useSuggestChange(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SuggestPlanChangeRequest) =>
      apiCall('POST /clients/:clientId/safety-plan/suggestions', { params: { clientId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.ofClient(clientId) }),
  });
}
