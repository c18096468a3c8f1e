import type { SharedResponse } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Exactly the shared steps of one response; a share taken back is gone on the next fetch. */
export function useSharedResponse(clientId: string, responseId: string) {
  return useQuery({
    queryKey: homeworkKeys.sharedResponse(clientId, responseId),
    queryFn: () => api<SharedResponse>(`/clients/${clientId}/responses/${responseId}`),
    staleTime: 0,
    retry: false,
  });
}
