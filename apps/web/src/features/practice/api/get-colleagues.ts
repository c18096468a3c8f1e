import type { Colleague } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

export function useColleagues(enabled: boolean) {
  return useQuery({
    queryKey: ['practice', 'colleagues'],
    queryFn: ({ signal }) => api<Colleague[]>('/practice/colleagues', { signal }),
    enabled,
  });
}
