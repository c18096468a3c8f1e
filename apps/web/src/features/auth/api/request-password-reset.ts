import type { ForgotPasswordRequest } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** Always answers the same, whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: ForgotPasswordRequest) => apiCall('POST /account/password/forgot', { body }),
  });
}
