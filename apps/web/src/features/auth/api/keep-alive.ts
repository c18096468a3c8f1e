import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/** Extends the idle time of this session (GET /auth/me deliberately does not). */
export function useKeepAlive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiCall('POST /auth/keep-alive'),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
