import type { LibraryModule } from '@oefenruimte/shared';
import type { QueryClient } from '@tanstack/react-query';

/** One place for the homework cache keys, so writes can refresh exactly what they changed. */
export const homeworkKeys = {
  all: ['homework'] as const,
  library: (filters: { q: string; theme: string | null }) =>
    ['homework', 'library', filters] as const,
  libraryAll: ['homework', 'library'] as const,
  module: (id: string) => ['homework', 'module', id] as const,
  clientAssignments: (clientId: string) => ['homework', 'client', clientId, 'assignments'] as const,
  sharedResponses: (clientId: string) => ['homework', 'client', clientId, 'responses'] as const,
  sharedResponse: (clientId: string, responseId: string) =>
    ['homework', 'client', clientId, 'responses', responseId] as const,
  myAssignments: ['homework', 'me', 'assignments'] as const,
  myAssignment: (id: string) => ['homework', 'me', 'assignments', id] as const,
};

/** A module was created, saved or published: the answer is its cache entry, the library lists refetch. */
export function moduleWritten(queryClient: QueryClient, module: LibraryModule): void {
  queryClient.setQueryData(homeworkKeys.module(module.id), module);
  void queryClient.invalidateQueries({ queryKey: homeworkKeys.libraryAll });
}
