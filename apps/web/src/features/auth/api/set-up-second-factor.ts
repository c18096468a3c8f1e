import type { TotpSetupResponse } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** A fresh secret and QR code; nothing changes for the account until a code confirms it. */
export function useSetUpSecondFactor() {
  return useMutation({
    mutationFn: () => api<TotpSetupResponse>('/account/second-factor/setup', { method: 'POST' }),
  });
}
