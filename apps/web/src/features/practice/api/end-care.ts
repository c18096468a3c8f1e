import type { ClientSummary } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { CLIENTS_QUERY_KEY } from './get-clients';
import { clientQueryKey } from './get-client';

/** Ends the care relation: from then on the therapist sees nothing new of this client. */
export function useEndCare(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ClientSummary>(`/clients/${encodeURIComponent(clientId)}/end-care`, { method: 'POST' }),
    onSuccess: async (client) => {
      queryClient.setQueryData(clientQueryKey(clientId), client);
      await queryClient.invalidateQueries({ queryKey: CLIENTS_QUERY_KEY });
    },
  });
}
