import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export function useColleagues(enabled: boolean) {
  return useQuery({
    queryKey: ['practice', 'colleagues'],
    queryFn: ({ signal }) => apiCall('GET /practice/colleagues', { signal }),
    enabled,
  });
}
