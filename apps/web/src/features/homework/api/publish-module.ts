import type { LibraryModule, PublishModuleRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function usePublishModule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishModuleRequest) =>
      api<LibraryModule>(`/library/modules/${id}/publish`, { method: 'POST', body }),
    onSuccess: (module) => {
      queryClient.setQueryData(homeworkKeys.module(id), module);
      void queryClient.invalidateQueries({ queryKey: homeworkKeys.libraryAll });
    },
  });
}
