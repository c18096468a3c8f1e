import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/** The code from the app, or (with `recovery`) one of the saved recovery codes. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, recovery }: { code: string; recovery: boolean }) =>
      apiCall(recovery ? 'POST /auth/second-factor/recovery' : 'POST /auth/second-factor', {
        body: { code },
      }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
