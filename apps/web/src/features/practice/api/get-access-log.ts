import type { AccessLogEntry, Page } from '@oefenruimte/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/**
 * `from` limits the period (ISO); null shows everything. `own`: a client's log with their own
 * actions too (by default it holds what others did and tried).
 */
export function useAccessLog(from: string | null, own = false) {
  return useInfiniteQuery({
    queryKey: ['access-log', from, own],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      if (from) params.set('from', from);
      if (own) params.set('own', 'true');
      if (pageParam) params.set('cursor', pageParam);
      const query = params.toString();
      return api<Page<AccessLogEntry>>(`/me/access-log${query ? `?${query}` : ''}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
