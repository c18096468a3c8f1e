import type { OverviewClient } from '@oefenruimte/shared';
import { useQueryClient } from '@tanstack/react-query';
import { checkinKeys } from '../../api/query-keys';

/**
 * Which safety check-ins are still unseen, if the overview was loaded this session; null when
 * not known (the overview is not fetched from here: that would log a read of every client).
 */
export function useUnseenSafety(clientId: string): Set<string> | null {
  const queryClient = useQueryClient();
  const overview = queryClient.getQueryData<OverviewClient[]>(checkinKeys.overview);
  const client = overview?.find((c) => c.clientId === clientId);
  return client ? new Set(client.unseenSafety.map((s) => s.checkinId)) : null;
}
