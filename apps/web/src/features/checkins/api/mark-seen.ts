import type { OverviewClient } from '@oefenruimte/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

/** The therapist has seen a safety signal: it leaves the top of the overview. */
export function useMarkSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, checkinId }: { clientId: string; checkinId: string }) =>
      apiCall('POST /clients/:clientId/checkins/:checkinId/seen', {
        params: { clientId, checkinId },
      }),
    onSuccess: (_, { clientId, checkinId }) => {
      queryClient.setQueryData<OverviewClient[]>(checkinKeys.overview, (list) =>
        list?.map((client) =>
          client.clientId === clientId
            ? {
                ...client,
                unseenSafety: client.unseenSafety.filter((s) => s.checkinId !== checkinId),
              }
            : client,
        ),
      );
      void queryClient.invalidateQueries({ queryKey: checkinKeys.overview });
    },
  });
}
