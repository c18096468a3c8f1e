import type { Me } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../api/api-client';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** Who is logged in, or null. Asking does not keep the session alive (the API treats it as passive). */
export async function getMe(): Promise<Me | null> {
  try {
    return await apiCall('GET /auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: getMe, staleTime: 60_000 });
}

/** Where a person lands after logging in. */
export function homeFor(me: Pick<Me, 'role'>): string {
  // A therapist starts at the overview ordered by need, so a safety signal is seen first.
  return me.role === 'therapist' ? '/praktijk/overzicht' : '/mijn';
}
