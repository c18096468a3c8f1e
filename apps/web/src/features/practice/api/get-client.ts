import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../../../lib/api/api-client';
import { CLIENTS_QUERY_KEY } from './get-clients';

export function clientQueryKey(clientId: string) {
  return [...CLIENTS_QUERY_KEY, 'one', clientId] as const;
}

/** One client; a refusal (no second factor, not in care) is not retried. */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: clientQueryKey(clientId),
    queryFn: () => apiCall('GET /clients/:clientId', { params: { clientId } }),
    retry: (count, error) =>
      !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1,
  });
}
