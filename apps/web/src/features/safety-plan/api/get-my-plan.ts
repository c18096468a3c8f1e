import type { SafetyPlan } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** The client's own plan (null before the first one). */
export function useMyPlan() {
  return useQuery({
    queryKey: planKeys.mine,
    queryFn: async () => (await api<{ plan: SafetyPlan | null }>('/me/safety-plan')).plan,
  });
}
