import type { ResetPasswordRequest } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: ResetPasswordRequest) => apiCall('POST /account/password/reset', { body }),
  });
}
