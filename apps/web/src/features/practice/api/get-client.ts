import type { ClientSummary } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, api } from '../../../lib/api/api-client';
import { CLIENTS_QUERY_KEY } from './get-clients';

export function clientQueryKey(clientId: string) {
  return [...CLIENTS_QUERY_KEY, 'one', clientId] as const;
}

/** One client; a refusal (no second factor, not in care) is not retried. */
export function useClient(clientId: string) {
  return useQuery({
    queryKey: clientQueryKey(clientId),
    queryFn: () => api<ClientSummary>(`/clients/${encodeURIComponent(clientId)}`),
    retry: (count, error) =>
      !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1,
  });
}
