import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../lib/session/get-me';
import { ApiRequestError } from '../lib/api/api-client';

export function createQueryClient(): QueryClient {
  // A session that ended elsewhere (idle timeout, logout in another tab, a password change):
  // forget who was logged in, and the route guard takes the person to the login page.
  const onError = (error: unknown) => {
    if (error instanceof ApiRequestError && error.code === 'UNAUTHENTICATED') {
      client.setQueryData(ME_QUERY_KEY, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // One quiet retry covers a flaky phone connection, but never for a refusal (4xx).
        retry: (failures, error) =>
          failures < 1 &&
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
      },
      mutations: {
        // Writes carry idempotency keys and versions; retrying them is the caller's decision.
        retry: 0,
      },
    },
  });
  return client;
}
