import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** The local demo's mailbox; the API answers 404 when real mail is configured. */
export function useDemoOutbox() {
  return useQuery({
    queryKey: ['demo', 'outbox'],
    queryFn: () => apiCall('GET /demo/outbox'),
    retry: false,
    staleTime: 0,
  });
}
