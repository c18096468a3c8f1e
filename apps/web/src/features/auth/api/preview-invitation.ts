import type { InvitationPreview } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** Who invites this person, before they make an account. A wrong code is not retried. */
export function useInvitationPreview(code: string | null) {
  return useQuery({
    queryKey: ['invitations', 'preview', code],
    queryFn: () =>
      api<InvitationPreview>('/invitations/preview', { method: 'POST', body: { code } }),
    enabled: code !== null,
    retry: false,
    staleTime: Infinity,
  });
}
