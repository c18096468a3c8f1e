import { submitResponse } from './submit-response';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('submitResponse', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  const bodyOf = (call: number) => JSON.parse(fetchMock.mock.calls[call][1].body as string);

  it('reuses one idempotency key for a retry after a lost connection, and forgets it after', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const body = { version: 4, share: ['a'], discuss: [] };
    await expect(submitResponse('as-1', 'resp-1', body)).rejects.toMatchObject({ status: 0 });
    fetchMock.mockResolvedValueOnce(json(200, { id: 'resp-1', submittedAt: 'now' }));
    await submitResponse('as-1', 'resp-1', body);
    expect(bodyOf(0).idempotencyKey).toBe(bodyOf(1).idempotencyKey);
    expect(bodyOf(1)).toMatchObject(body);

    fetchMock.mockResolvedValueOnce(json(200, { id: 'resp-1' }));
    await submitResponse('as-1', 'resp-1', body);
    expect(bodyOf(2).idempotencyKey).not.toBe(bodyOf(1).idempotencyKey);
  });

  it('when an earlier attempt did arrive with other choices, applies the current ones as marks', async () => {
    fetchMock
      .mockResolvedValueOnce(
        json(422, { statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED', message: 'x' }),
      )
      .mockResolvedValueOnce(json(200, { submitted: [{ id: 'resp-2' }], draft: null }))
      .mockResolvedValueOnce(
        json(200, { id: 'resp-2', marks: { a: { shared: false, discuss: false } } }),
      );
    const result = await submitResponse('as-2', 'resp-2', { version: 2, share: [], discuss: [] });
    expect(fetchMock.mock.calls[2][0]).toBe('/api/me/responses/resp-2/marks');
    expect(fetchMock.mock.calls[2][1].method).toBe('PUT');
    expect(bodyOf(2)).toEqual({ share: [], discuss: [] });
    expect(result.id).toBe('resp-2');
  });
});
