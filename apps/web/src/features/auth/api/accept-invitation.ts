import type { AcceptInvitationRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/** Makes the account and logs the person in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => apiCall('POST /invitations/accept', { body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

/** A client who already has an account accepts with it. */
export function useAcceptInvitationAsMe() {
  return useMutation({
    mutationFn: (code: string) => apiCall('POST /invitations/accept-as-me', { body: { code } }),
  });
}
