import type { SafetyPlan } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** A client's plan as their therapist may see it: only while the client shares it. */
export function useClientPlan(clientId: string) {
  return useQuery({
    queryKey: planKeys.ofClient(clientId),
    queryFn: async () =>
      (
        await api<{ plan: SafetyPlan | null }>(
          `/clients/${encodeURIComponent(clientId)}/safety-plan`,
        )
      ).plan,
  });
}
