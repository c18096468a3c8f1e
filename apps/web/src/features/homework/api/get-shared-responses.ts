import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Only responses in which the client shared something. */
export function useSharedResponses(clientId: string) {
  return useQuery({
    queryKey: homeworkKeys.sharedResponses(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/responses', { params: { clientId } }),
  });
}
