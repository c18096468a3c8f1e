import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export const INVITATIONS_QUERY_KEY = ['invitations', 'list'] as const;

/** The invitations this therapist sent, newest first. */
export function useInvitations() {
  return useInfiniteQuery({
    queryKey: INVITATIONS_QUERY_KEY,
    queryFn: ({ pageParam }) =>
      apiCall('GET /invitations', { query: { cursor: pageParam ?? undefined } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
