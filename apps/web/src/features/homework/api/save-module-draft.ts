import type { LibraryModule, SaveModuleDraftRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function useSaveModuleDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveModuleDraftRequest) =>
      api<LibraryModule>(`/library/modules/${id}/draft`, { method: 'PUT', body }),
    onSuccess: (module) => {
      queryClient.setQueryData(homeworkKeys.module(id), module);
      void queryClient.invalidateQueries({ queryKey: homeworkKeys.libraryAll });
    },
  });
}
