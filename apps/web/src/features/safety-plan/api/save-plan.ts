import type { SaveSafetyPlanRequest, ShareSafetyPlanRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** Saves a new version from the one the edit started on; a stale base gets 409 with the current plan. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSafetyPlanRequest) => apiCall('PUT /me/safety-plan', { body }),
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}

export function useSharePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareSafetyPlanRequest) => apiCall('PUT /me/safety-plan/sharing', { body }),
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}
