import type { ClientSummary, Page } from '@oefenruimte/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

export const CLIENTS_QUERY_KEY = ['clients'] as const;

/** The therapist's clients, a page at a time. */
export function useClients() {
  return useInfiniteQuery({
    queryKey: [...CLIENTS_QUERY_KEY, 'list'],
    queryFn: ({ pageParam }) =>
      api<Page<ClientSummary>>(
        pageParam ? `/clients?cursor=${encodeURIComponent(pageParam)}` : '/clients',
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: (count, error) => !isForbidden(error) && count < 1,
  });
}

function isForbidden(error: unknown): boolean {
  return (error as { status?: number }).status === 403;
}
