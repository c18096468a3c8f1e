import type { Invitation, Page } from '@oefenruimte/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

export const INVITATIONS_QUERY_KEY = ['invitations', 'list'] as const;

/** The invitations this therapist sent, newest first. */
export function useInvitations() {
  return useInfiniteQuery({
    queryKey: INVITATIONS_QUERY_KEY,
    queryFn: ({ pageParam }) =>
      api<Page<Invitation>>(
        pageParam ? `/invitations?cursor=${encodeURIComponent(pageParam)}` : '/invitations',
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
