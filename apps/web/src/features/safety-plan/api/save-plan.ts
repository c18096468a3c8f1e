import type {
  SafetyPlan,
  SaveSafetyPlanRequest,
  ShareSafetyPlanRequest,
} from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** A write to the client's own plan: the answer is the plan now, and the plan is read again after. */
function useWriteMyPlan<Body>(write: (body: Body) => Promise<SafetyPlan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => queryClient.setQueryData(planKeys.mine, plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.mine }),
  });
}

/** Saves a new version from the one the edit started on; a stale base gets 409 with the current plan. */
export function useSavePlan() {
  return useWriteMyPlan((body: SaveSafetyPlanRequest) => apiCall('PUT /me/safety-plan', { body }));
}

export function useSharePlan() {
  return useWriteMyPlan((body: ShareSafetyPlanRequest) =>
    apiCall('PUT /me/safety-plan/sharing', { body }),
  );
}
