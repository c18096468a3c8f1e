import type { DeleteAccountRequest } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** Deletes the client's account; the session ends with it. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (body: DeleteAccountRequest) => apiCall('POST /me/delete-account', { body }),
  });
}
