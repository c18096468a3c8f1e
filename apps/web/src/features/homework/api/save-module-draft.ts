import type { SaveModuleDraftRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { moduleWritten } from './query-keys';

export function useSaveModuleDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveModuleDraftRequest) =>
      apiCall('PUT /library/modules/:moduleId/draft', { params: { moduleId: id }, body }),
    onSuccess: (module) => moduleWritten(queryClient, module),
  });
}
