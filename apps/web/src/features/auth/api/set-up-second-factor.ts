import { useMutation } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** A fresh secret and QR code; nothing changes for the account until a code confirms it. */
export function useSetUpSecondFactor() {
  return useMutation({
    mutationFn: () => apiCall('POST /account/second-factor/setup'),
  });
}
