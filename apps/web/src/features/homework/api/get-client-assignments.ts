import type { AssignmentSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useClientAssignments(clientId: string) {
  return useQuery({
    queryKey: homeworkKeys.clientAssignments(clientId),
    queryFn: () => api<AssignmentSummary[]>(`/clients/${clientId}/assignments`),
  });
}
