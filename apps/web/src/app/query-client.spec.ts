import { ApiRequestError } from '../lib/api/api-client';
import { ME_QUERY_KEY } from '../lib/session/get-me';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('forgets who is logged in when any call says the session has ended', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, { id: 'me' });
    await client
      .fetchQuery({
        queryKey: ['something'],
        queryFn: () =>
          Promise.reject(new ApiRequestError(401, { code: 'UNAUTHENTICATED', message: '' })),
      })
      .catch(() => undefined);
    expect(client.getQueryData(ME_QUERY_KEY)).toBeNull();
  });

  it('keeps the person logged in when a login attempt is refused', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, { id: 'me' });
    await client
      .fetchQuery({
        queryKey: ['other'],
        queryFn: () =>
          Promise.reject(new ApiRequestError(401, { code: 'INVALID_CREDENTIALS', message: '' })),
      })
      .catch(() => undefined);
    expect(client.getQueryData(ME_QUERY_KEY)).toEqual({ id: 'me' });
  });
});
