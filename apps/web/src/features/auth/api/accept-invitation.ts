import type { AcceptInvitationRequest, Me } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/** Makes the account and logs the person in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      api<Me>('/invitations/accept', { method: 'POST', body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

/** A client who already has an account accepts with it. */
export function useAcceptInvitationAsMe() {
  return useMutation({
    mutationFn: (code: string) =>
      api<void>('/invitations/accept-as-me', { method: 'POST', body: { code } }),
  });
}
