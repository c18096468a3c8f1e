import type { CreateModuleRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { moduleWritten } from './query-keys';

/** A new draft module of the practice: a copy of `copyFrom`, or a nearly empty one. */
export function useCreateModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateModuleRequest) => apiCall('POST /library/modules', { body }),
    onSuccess: (module) => moduleWritten(queryClient, module),
  });
}
