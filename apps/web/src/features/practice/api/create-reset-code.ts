import { useMutation } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** The practice owner makes a one-time reset code for someone of the practice, to hand over. */
export function useCreateResetCode(userId: string) {
  return useMutation({
    mutationFn: () => apiCall('POST /account/password/reset-codes/:userId', { params: { userId } }),
  });
}
