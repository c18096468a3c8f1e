import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { INVITATIONS_QUERY_KEY } from './get-invitations';

/** The code stops working at once; accepted invitations cannot be revoked (409). */
export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiCall('DELETE /invitations/:invitationId', { params: { invitationId: id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
  });
}
