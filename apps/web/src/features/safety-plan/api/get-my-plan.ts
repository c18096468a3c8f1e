import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { planKeys } from './plan-keys';

/** The client's own plan (null before the first one). */
export function useMyPlan() {
  return useQuery({
    queryKey: planKeys.mine,
    queryFn: async () => (await apiCall('GET /me/safety-plan')).plan,
  });
}
