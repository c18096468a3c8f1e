import type { PublishModuleRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { moduleWritten } from './query-keys';

export function usePublishModule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishModuleRequest) =>
      apiCall('POST /library/modules/:moduleId/publish', { params: { moduleId: id }, body }),
    onSuccess: (module) => moduleWritten(queryClient, module),
  });
}
