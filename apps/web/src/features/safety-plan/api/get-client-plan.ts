import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** A client's plan as their therapist may see it (only while shared), with their own suggestions. */
export function useClientPlan(clientId: string) {
  return useQuery({
    queryKey: planKeys.ofClient(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/safety-plan', { params: { clientId } }),
  });
}
