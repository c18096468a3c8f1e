import type { AssignmentSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** The client's assignments; `select` derives what a screen needs from the one cached list. */
export function useMyAssignments<T = AssignmentSummary[]>(
  select?: (assignments: AssignmentSummary[]) => T,
) {
  return useQuery({
    queryKey: homeworkKeys.myAssignments,
    queryFn: () => apiCall('GET /me/assignments'),
    select,
  });
}

export function getMyAssignment(id: string) {
  return apiCall('GET /me/assignments/:assignmentId', { params: { assignmentId: id } });
}

/** The assignment as given (its own content version), the open draft and what was sent. */
export function useMyAssignment(id: string) {
  return useQuery({
    queryKey: homeworkKeys.myAssignment(id),
    queryFn: () => getMyAssignment(id),
    // The draft must come fresh: the player works on top of it.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
