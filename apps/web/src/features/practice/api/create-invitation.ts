import type { CreateInvitationRequest, InvitationKind } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { INVITATIONS_QUERY_KEY } from './get-invitations';

/** A client invitation, or (`therapist`, owners only) a colleague's. The code comes back once. */
export function useCreateInvitation(kind: InvitationKind = 'client') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) =>
      apiCall(kind === 'client' ? 'POST /invitations' : 'POST /invitations/therapists', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
  });
}
