import { useInfiniteQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/**
 * `from` limits the period (ISO); null shows everything. `own`: a client's log with their own
 * actions too (by default it holds what others did and tried).
 */
export function useAccessLog(from: string | null, own = false) {
  return useInfiniteQuery({
    queryKey: ['access-log', from, own],
    queryFn: ({ pageParam }) => {
      return apiCall('GET /me/access-log', {
        query: {
          from: from ?? undefined,
          own: own ? 'true' : undefined,
          cursor: pageParam ?? undefined,
        },
      });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
