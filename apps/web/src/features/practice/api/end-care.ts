import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { CLIENTS_QUERY_KEY } from './get-clients';
import { clientQueryKey } from './get-client';

/** Ends the care relation: from then on the therapist sees nothing new of this client. */
export function useEndCare(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiCall('POST /clients/:clientId/end-care', { params: { clientId } }),
    onSuccess: async (client) => {
      queryClient.setQueryData(clientQueryKey(clientId), client);
      await queryClient.invalidateQueries({ queryKey: CLIENTS_QUERY_KEY });
    },
  });
}
