import type { LibraryModule } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function getLibraryModule(id: string) {
  return api<LibraryModule>(`/library/modules/${encodeURIComponent(id)}`);
}

export function useLibraryModule(id: string) {
  return useQuery({ queryKey: homeworkKeys.module(id), queryFn: () => getLibraryModule(id) });
}
