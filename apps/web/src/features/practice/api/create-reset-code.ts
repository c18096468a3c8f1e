import type { CreatedResetCode } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** The practice owner makes a one-time reset code for someone of the practice, to hand over. */
export function useCreateResetCode(userId: string) {
  return useMutation({
    mutationFn: () =>
      api<CreatedResetCode>(`/account/password/reset-codes/${encodeURIComponent(userId)}`, {
        method: 'POST',
      }),
  });
}
