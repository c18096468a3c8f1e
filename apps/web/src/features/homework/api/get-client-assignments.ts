import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useClientAssignments(clientId: string) {
  return useQuery({
    queryKey: homeworkKeys.clientAssignments(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/assignments', { params: { clientId } }),
  });
}
