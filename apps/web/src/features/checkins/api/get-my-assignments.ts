import type { AssignmentSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { moduleItemsFor } from '../lib/module-items';
import { checkinKeys } from './query-keys';

/** Which module items the check-in shows, from the client's assignments (one cheap list call). */
export function useModuleItemsShown() {
  return useQuery({
    queryKey: checkinKeys.myAssignments,
    queryFn: () => api<AssignmentSummary[]>('/me/assignments'),
    select: moduleItemsFor,
    staleTime: 5 * 60_000,
  });
}
