import type { DeleteAccountRequest } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** Deletes the client's account; the session ends with it. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (body: DeleteAccountRequest) =>
      api<void>('/me/delete-account', { method: 'POST', body }),
  });
}
