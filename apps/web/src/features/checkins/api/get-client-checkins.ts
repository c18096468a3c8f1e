import type { SharedCheckins } from '@oefenruimte/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { noRetryOn4xx } from './get-overview';
import { checkinKeys } from './query-keys';

/** What the client shared in a period (and how many stayed private, if they allow that). */
export function useClientCheckins(clientId: string, from: string, to: string) {
  return useQuery({
    queryKey: checkinKeys.clientCheckins(clientId, from, to),
    queryFn: () =>
      api<SharedCheckins>(
        `/clients/${encodeURIComponent(clientId)}/checkins?from=${from}&to=${to}`,
      ),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });
}
