import type { Checkin, UpdateCheckinRequest } from '@oefenruimte/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, apiCall } from '../../../lib/api/api-client';
import { checkinKeys } from './query-keys';

/** Puts the server's version of one check-in in every cached list, so the next change is not stale. */
function replaceInLists(queryClient: QueryClient, checkin: Checkin) {
  queryClient.setQueriesData<Checkin[]>({ queryKey: checkinKeys.mine }, (list) =>
    list?.map((c) => (c.id === checkin.id ? checkin : c)),
  );
}

/** Share, take back or mark "wil ik bespreken" (and any other change) with the version it was made on. */
export function useUpdateCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateCheckinRequest & { id: string }) =>
      apiCall('PATCH /me/checkins/:checkinId', { params: { checkinId: id }, body }),
    onSuccess: (checkin) => replaceInLists(queryClient, checkin),
    onError: (error) => {
      // Changed elsewhere: show what the server has now, so the next change starts from it.
      if (error instanceof ApiRequestError && error.status === 409 && error.current)
        replaceInLists(queryClient, error.current as Checkin);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: checkinKeys.mine }),
  });
}
