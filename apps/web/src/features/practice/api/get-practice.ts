import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export const PRACTICE_QUERY_KEY = ['practice'] as const;

export function usePractice() {
  return useQuery({ queryKey: PRACTICE_QUERY_KEY, queryFn: () => apiCall('GET /practice') });
}
