import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/**
 * The first code from the app turns the second factor on and upgrades this session; the
 * answer holds the recovery codes, shown once. Everything cached is fetched again, because
 * pages that needed the second factor (the client list) now open.
 */
export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiCall('POST /account/second-factor/confirm', { body: { code } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0],
      });
    },
  });
}
