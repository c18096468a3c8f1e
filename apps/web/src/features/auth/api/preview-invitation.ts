import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** Who invites this person, before they make an account. A wrong code is not retried. */
export function useInvitationPreview(code: string | null) {
  return useQuery({
    queryKey: ['invitations', 'preview', code],
    // Runs only with a code (`enabled`).
    queryFn: () => apiCall('POST /invitations/preview', { body: { code: code ?? '' } }),
    enabled: code !== null,
    retry: false,
    staleTime: Infinity,
  });
}
