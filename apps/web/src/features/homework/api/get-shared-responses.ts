import type { SharedResponseSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** Only responses in which the client shared something. */
export function useSharedResponses(clientId: string) {
  return useQuery({
    queryKey: homeworkKeys.sharedResponses(clientId),
    queryFn: () => api<SharedResponseSummary[]>(`/clients/${clientId}/responses`),
  });
}
