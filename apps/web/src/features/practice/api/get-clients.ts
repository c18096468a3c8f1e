import type { ClientSummary, Page } from '@oefenruimte/shared';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export const CLIENTS_QUERY_KEY = ['clients'] as const;

/** The therapist's clients, a page at a time. */
export function useClients() {
  return useInfiniteQuery({
    queryKey: [...CLIENTS_QUERY_KEY, 'list'],
    queryFn: ({ pageParam }) => clientsPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: (count, error) => !isForbidden(error) && count < 1,
  });
}

/** The therapist's clients in current care, all pages: for choosing whom to assign to. */
export function useCurrentClients(enabled = true) {
  return useQuery({
    queryKey: [...CLIENTS_QUERY_KEY, 'current'],
    queryFn: currentClients,
    enabled,
  });
}

const clientsPage = (cursor: string | null): Promise<Page<ClientSummary>> =>
  apiCall('GET /clients', { query: { cursor: cursor ?? undefined } });

async function currentClients(): Promise<ClientSummary[]> {
  const all: ClientSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const result = await clientsPage(cursor);
    all.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all.filter((client) => client.until === null);
}

function isForbidden(error: unknown): boolean {
  return (error as { status?: number }).status === 403;
}
