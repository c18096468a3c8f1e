import type { LibraryModuleSummary, ModuleTheme } from '@oefenruimte/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function getLibraryModules(q: string, theme: ModuleTheme | null) {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (theme) params.set('theme', theme);
  const query = params.toString();
  return api<LibraryModuleSummary[]>(`/library/modules${query ? `?${query}` : ''}`);
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
