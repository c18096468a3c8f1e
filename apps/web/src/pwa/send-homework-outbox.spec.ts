import { writeUnsent } from '../features/homework/utils/unsent-store';
import { enqueueHomework, readHomeworkOutbox, readRefusedHomework } from './homework-outbox';
import { flushHomeworkOutbox } from './send-homework-outbox';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const draft = (id: string, version: number, answers: Record<string, unknown> = {}) => ({
  id,
  assignmentId: 'as-1',
  answers,
  position: null,
  version,
  startedAt: 'then',
  updatedAt: 'then',
  submittedAt: null,
  marks: {},
  feedback: [],
});

const detail = (open: unknown, submitted: unknown[] = []) =>
  json(200, { assignment: {}, content: {}, draft: open, submitted });

const queue = (responseId: string) =>
  enqueueHomework('acc', {
    assignmentId: 'as-1',
    responseId,
    title: 'Ontwennen',
    share: ['s1'],
    discuss: [],
    idempotencyKey: `key-${responseId}`,
  });

describe('sending the exercises kept on the device', () => {
  const fetchMock = jest.fn();
  const calls = () =>
    fetchMock.mock.calls.map(([url, init]: [string, RequestInit | undefined]) => [
      init?.method ?? 'GET',
      url,
      init?.body ? JSON.parse(init.body as string) : undefined,
    ]);
  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('sends the answers still on the device first, then submits on the version that gives, with the kept key', async () => {
    queue('r1');
    writeUnsent('r1', { answers: { s1: 'in de trein' }, baseVersion: 3, keptAt: 'then' });
    fetchMock
      .mockResolvedValueOnce(detail(draft('r1', 3)))
      .mockResolvedValueOnce(json(200, draft('r1', 4, { s1: 'in de trein' })))
      .mockResolvedValueOnce(json(200, { ...draft('r1', 5), submittedAt: 'now' }));
    await expect(flushHomeworkOutbox('acc')).resolves.toBe(1);
    expect(calls()).toEqual([
      ['GET', '/api/me/assignments/as-1', undefined],
      ['PATCH', '/api/me/responses/r1', { answers: { s1: 'in de trein' }, version: 3 }],
      [
        'POST',
        '/api/me/responses/r1/submit',
        { version: 4, share: ['s1'], discuss: [], idempotencyKey: 'key-r1' },
      ],
    ]);
    expect(readHomeworkOutbox('acc')).toEqual([]);
    expect(localStorage.getItem('oefenruimte.homework.unsent.r1')).toBeNull();
  });

  it('counts a response the server has already (another tab, an answer lost on the way) as sent, without a second submit', async () => {
    queue('r2');
    fetchMock.mockResolvedValueOnce(detail(null, [{ ...draft('r2', 5), submittedAt: 'now' }]));
    await expect(flushHomeworkOutbox('acc')).resolves.toBe(1);
    expect(calls().filter(([method]) => method !== 'GET')).toEqual([]);
    expect(readHomeworkOutbox('acc')).toEqual([]);
    expect(readRefusedHomework('acc')).toEqual([]);
  });

  it('keeps the send while there is no connection, and one flush runs at a time', async () => {
    queue('r3');
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const [first, second] = [flushHomeworkOutbox('acc'), flushHomeworkOutbox('acc')];
    expect(second).toBe(first);
    await expect(first).resolves.toBe(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(readHomeworkOutbox('acc').map((i) => i.responseId)).toEqual(['r3']);
  });

  it('takes a newer version saved elsewhere in between as the base and submits on it', async () => {
    queue('r4');
    fetchMock
      .mockResolvedValueOnce(detail(draft('r4', 2)))
      .mockResolvedValueOnce(
        json(409, { statusCode: 409, code: 'STALE_WRITE', message: 'x', current: draft('r4', 3) }),
      )
      .mockResolvedValueOnce(detail(draft('r4', 3)))
      .mockResolvedValueOnce(json(200, { ...draft('r4', 4), submittedAt: 'now' }));
    await expect(flushHomeworkOutbox('acc')).resolves.toBe(1);
    expect(
      calls().map(([method, , body]) => [method, (body as { version?: number })?.version]),
    ).toEqual([
      ['GET', undefined],
      ['POST', 2],
      ['GET', undefined],
      ['POST', 3],
    ]);
  });

  it('a stopped exercise: out of the queue, shown as refused, and the answers stay on the device', async () => {
    queue('r5');
    queue('r6');
    writeUnsent('r5', { answers: { s1: 'bewaard' }, baseVersion: 1, keptAt: 'then' });
    fetchMock
      .mockResolvedValueOnce(json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'x' }))
      .mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(flushHomeworkOutbox('acc')).resolves.toBe(0);
    expect(readHomeworkOutbox('acc').map((i) => i.responseId)).toEqual(['r6']);
    expect(readRefusedHomework('acc')).toEqual([
      { assignmentId: 'as-1', responseId: 'r5', title: 'Ontwennen', reason: 'gone' },
    ]);
    expect(localStorage.getItem('oefenruimte.homework.unsent.r5')).toContain('bewaard');
  });
});
