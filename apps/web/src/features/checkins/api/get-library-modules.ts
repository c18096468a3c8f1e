import type { LibraryModuleSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

/** Published modules an afspraak can point to. */
export function useLinkableModules() {
  return useQuery({
    queryKey: checkinKeys.modules,
    queryFn: () => api<LibraryModuleSummary[]>('/library/modules'),
    select: (modules) => modules.filter((m) => m.publishedVersion !== null),
    staleTime: 5 * 60_000,
  });
}
