import type { ClientAssignmentDetail, UpdateMarksRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function updateMarks(responseId: string, body: UpdateMarksRequest) {
  return apiCall('PUT /me/responses/:responseId/marks', { params: { responseId }, body });
}

/** Share more, take a share back, or mark "wil ik bespreken" after sending. */
export function useUpdateMarks(assignmentId: string, responseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMarksRequest) => updateMarks(responseId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData<ClientAssignmentDetail>(
        homeworkKeys.myAssignment(assignmentId),
        (detail) =>
          detail && {
            ...detail,
            submitted: detail.submitted.map((r) => (r.id === updated.id ? updated : r)),
          },
      );
    },
  });
}
