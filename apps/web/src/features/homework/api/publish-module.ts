import type { PublishModuleRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function usePublishModule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishModuleRequest) =>
      apiCall('POST /library/modules/:moduleId/publish', { params: { moduleId: id }, body }),
    onSuccess: (module) => {
      queryClient.setQueryData(homeworkKeys.module(id), module);
      void queryClient.invalidateQueries({ queryKey: homeworkKeys.libraryAll });
    },
  });
}
