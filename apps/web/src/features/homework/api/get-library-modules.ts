import type { ModuleTheme } from '@oefenruimte/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function getLibraryModules(q: string, theme: ModuleTheme | null) {
  return apiCall('GET /library/modules', {
    query: { q: q.trim() || undefined, theme: theme ?? undefined },
  });
}

/** The built-in modules and the practice's own, filtered; the last list stays while typing. */
export function useLibraryModules(q: string, theme: ModuleTheme | null, enabled = true) {
  return useQuery({
    enabled,
    queryKey: homeworkKeys.library({ q: q.trim(), theme }),
    queryFn: () => getLibraryModules(q, theme),
    placeholderData: keepPreviousData,
  });
}
