import type { Practice } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

/** The practice's own details and crisis text, shown next to 113 on the help screen. */
export function usePracticeDetails(enabled = true) {
  return useQuery({
    enabled,
    queryKey: checkinKeys.practice,
    queryFn: () => api<Practice>('/practice'),
    staleTime: 10 * 60_000,
  });
}
