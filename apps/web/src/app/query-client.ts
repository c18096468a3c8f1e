import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // One quiet retry covers a flaky phone connection without hammering the API.
        retry: 1,
      },
      mutations: {
        // Writes carry idempotency keys and versions; retrying them is the caller's decision.
        retry: 0,
      },
    },
  });
}
