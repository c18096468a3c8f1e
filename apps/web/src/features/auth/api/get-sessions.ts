import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export const SESSIONS_QUERY_KEY = ['account', 'sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: SESSIONS_QUERY_KEY,
    queryFn: () => apiCall('GET /account/sessions'),
  });
}
