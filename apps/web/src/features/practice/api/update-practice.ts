import type { UpdatePracticeRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { PRACTICE_QUERY_KEY } from './get-practice';

/** Saves on the version it was read from; a newer one on the server answers 409 CONFLICT. */
export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePracticeRequest) => apiCall('PATCH /practice', { body }),
    onSuccess: (practice) => queryClient.setQueryData(PRACTICE_QUERY_KEY, practice),
  });
}
