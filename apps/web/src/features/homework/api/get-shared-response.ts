import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Exactly the shared steps of one response; a share taken back is gone on the next fetch. */
export function useSharedResponse(clientId: string, responseId: string) {
  return useQuery({
    queryKey: homeworkKeys.sharedResponse(clientId, responseId),
    queryFn: () =>
      apiCall('GET /clients/:clientId/responses/:responseId', { params: { clientId, responseId } }),
    staleTime: 0,
    retry: false,
  });
}
