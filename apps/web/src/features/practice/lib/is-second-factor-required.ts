import { ApiRequestError } from '../../../lib/api/api-client';

/** The API's answer to a therapist without a verified second factor asking for client data. */
export function isSecondFactorRequired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'SECOND_FACTOR_REQUIRED';
}
