import type { ResetPasswordRequest } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: ResetPasswordRequest) =>
      api<void>('/account/password/reset', { method: 'POST', body }),
  });
}
