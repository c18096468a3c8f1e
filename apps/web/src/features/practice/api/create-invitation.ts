import type {
  CreateInvitationRequest,
  CreatedInvitation,
  InvitationKind,
} from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { INVITATIONS_QUERY_KEY } from './get-invitations';

/** A client invitation, or (`therapist`, owners only) a colleague's. The code comes back once. */
export function useCreateInvitation(kind: InvitationKind = 'client') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) =>
      api<CreatedInvitation>(kind === 'client' ? '/invitations' : '/invitations/therapists', {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_QUERY_KEY }),
  });
}
