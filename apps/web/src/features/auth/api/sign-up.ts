import type { ConfirmSignUpRequest, SetUpRequest, SignUpRequest } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';

/** Asks for an account: the answer is always "look in your mail" (202, no body). */
export function useSignUp() {
  return useMutation({
    mutationFn: (body: SignUpRequest) => apiCall('POST /auth/signup', { body }),
  });
}

/** The link from the confirmation mail: makes the account and logs in. */
export function useConfirmSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmSignUpRequest) => apiCall('POST /auth/signup/confirm', { body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

/** The first owner of a new install, with the setup code from the terminal. */
export function useSetUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetUpRequest) => apiCall('POST /auth/setup', { body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
