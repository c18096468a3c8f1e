import type { AccessLogEntry, Page } from '@oefenruimte/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** `from` limits the period (ISO); null shows everything. */
export function useAccessLog(from: string | null) {
  return useInfiniteQuery({
    queryKey: ['access-log', from],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      if (from) params.set('from', from);
      if (pageParam) params.set('cursor', pageParam);
      const query = params.toString();
      return api<Page<AccessLogEntry>>(`/me/access-log${query ? `?${query}` : ''}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
