import type {
  SafetyPlan,
  SaveSafetyPlanRequest,
  ShareSafetyPlanRequest,
} from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** Saves a new version from the one the edit started on; a stale base gets 409 with the current plan. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSafetyPlanRequest) =>
      api<SafetyPlan>('/me/safety-plan', { method: 'PUT', body }),
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}

export function useSharePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareSafetyPlanRequest) =>
      api<SafetyPlan>('/me/safety-plan/sharing', { method: 'PUT', body }),
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}
