import type { ClientResponse, ModuleAnswers, SaveDraftRequest } from '@oefenruimte/shared';
import { ApiRequestError } from '../../../lib/api/api-client';
import { DraftSync } from './draft-sync';
import { readUnsent, unsentKey, writeUnsent } from './unsent-store';

const ID = 'response-1';

function response(answers: ModuleAnswers, version: number): ClientResponse {
  return {
    id: ID,
    assignmentId: 'assignment-1',
    answers,
    position: null,
    version,
    startedAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    submittedAt: null,
    marks: {},
    feedback: [],
  };
}

/** A fake server: stores answers, bumps the version, and can be told to fail. */
function fakeServer(start: ClientResponse) {
  let stored = start;
  const calls: SaveDraftRequest[] = [];
  let failWith: unknown = null;
  const save = jest.fn(async (_id: string, body: SaveDraftRequest) => {
    calls.push(body);
    if (failWith) throw failWith;
    if (body.version !== stored.version)
      throw new ApiRequestError(409, { code: 'CONFLICT', message: 'stale', current: stored });
    const answers: ModuleAnswers = { ...stored.answers };
    for (const [step, answer] of Object.entries(body.answers)) {
      if (answer === null) delete answers[step];
      else answers[step] = answer;
    }
    stored = {
      ...stored,
      answers,
      version: stored.version + 1,
      position: body.position ?? stored.position,
    };
    return stored;
  });
  return {
    save,
    calls,
    get stored() {
      return stored;
    },
    set stored(value: ClientResponse) {
      stored = value;
    },
    fail(error: unknown) {
      failWith = error;
    },
  };
}

describe('DraftSync', () => {
  let online = true;
  const isOnline = () => online;
  beforeEach(() => {
    jest.useFakeTimers();
    online = true;
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('keeps every change on the device at once and sends only changed steps after a pause', async () => {
    const server = fakeServer(response({ a: 'eerder' }, 3));
    const sync = new DraftSync(server.stored, { save: server.save, isOnline });
    sync.change('b', 'nieuw');
    expect(readUnsent(ID)?.answers).toEqual({ b: 'nieuw' });
    expect(server.save).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1500);
    expect(server.calls).toEqual([{ answers: { b: 'nieuw' }, version: 3 }]);
    expect(sync.getState()).toMatchObject({
      status: 'saved',
      version: 4,
      answers: { a: 'eerder', b: 'nieuw' },
    });
    expect(localStorage.getItem(unsentKey(ID))).toBeNull();
    sync.dispose();
  });

  it('keeps unsent answers while offline and sends them when the connection returns', async () => {
    const server = fakeServer(response({}, 1));
    const sync = new DraftSync(server.stored, {
      save: server.save,
      isOnline,
      retryDelaysMs: [60_000],
    });
    online = false;
    server.fail(new ApiRequestError(0, undefined));
    sync.change('a', 'in de trein geschreven');
    expect(sync.getState().status).toBe('offline');
    await jest.advanceTimersByTimeAsync(1500);
    expect(sync.getState()).toMatchObject({ status: 'offline', unsent: true, keptOnDevice: true });
    expect(readUnsent(ID)?.answers).toEqual({ a: 'in de trein geschreven' });

    online = true;
    server.fail(null);
    window.dispatchEvent(new Event('online'));
    await jest.advanceTimersByTimeAsync(0);
    expect(server.stored.answers).toEqual({ a: 'in de trein geschreven' });
    expect(sync.getState().status).toBe('saved');
    expect(readUnsent(ID)).toBeNull();
    sync.dispose();
  });

  it('after a reload, lays unsent answers over the server draft and sends them', async () => {
    writeUnsent(ID, {
      answers: { b: 'lokaal', c: null },
      position: 'b',
      baseVersion: 2,
      keptAt: 'x',
    });
    const server = fakeServer(response({ a: 'server', b: 'oud', c: 'weg' }, 5));
    const sync = new DraftSync(server.stored, { save: server.save, isOnline });
    expect(sync.getState().answers).toEqual({ a: 'server', b: 'lokaal' });
    expect(sync.getState().position).toBe('b');
    await jest.advanceTimersByTimeAsync(0);
    expect(server.calls[0]).toEqual({
      answers: { b: 'lokaal', c: null },
      position: 'b',
      version: 5,
    });
    expect(server.stored.answers).toEqual({ a: 'server', b: 'lokaal' });
    expect(readUnsent(ID)).toBeNull();
    sync.dispose();
  });

  it('on a 409 asks per differing answer, and saves the choice on the new version', async () => {
    const server = fakeServer(response({ a: 'begin' }, 1));
    const sync = new DraftSync(server.stored, { save: server.save, isOnline });
    // Another tab saved in between: changed `a` too, and `z` that this tab never touched.
    server.stored = response({ a: 'andere tab', z: 'elders' }, 2);
    sync.change('a', 'deze tab');
    sync.change('b', 'alleen hier');
    await jest.advanceTimersByTimeAsync(1500);
    const state = sync.getState();
    expect(state.status).toBe('conflict');
    expect(state.conflicts).toEqual([{ stepId: 'a', mine: 'deze tab', theirs: 'andere tab' }]);
    expect(state.answers).toMatchObject({ z: 'elders', b: 'alleen hier' });
    expect(readUnsent(ID)?.answers).toEqual({ a: 'deze tab', b: 'alleen hier' });

    sync.resolveConflicts({ a: 'theirs' });
    await jest.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ answers: { b: 'alleen hier' }, version: 2 });
    expect(server.stored.answers).toEqual({ a: 'andere tab', z: 'elders', b: 'alleen hier' });
    expect(sync.getState().status).toBe('saved');
    sync.dispose();
  });

  it('keeps my answer when I choose it in a conflict', async () => {
    const server = fakeServer(response({ a: 'begin' }, 1));
    const sync = new DraftSync(server.stored, { save: server.save, isOnline });
    server.stored = response({ a: 'andere tab' }, 2);
    sync.change('a', 'deze tab');
    await jest.advanceTimersByTimeAsync(1500);
    sync.resolveConflicts({ a: 'mine' });
    await jest.advanceTimersByTimeAsync(0);
    expect(server.stored.answers).toEqual({ a: 'deze tab' });
    sync.dispose();
  });

  it('keeps a refused answer on the device and still saves the others', async () => {
    const server = fakeServer(response({}, 1));
    const sync = new DraftSync(server.stored, { save: server.save, isOnline, retryDelaysMs: [10] });
    server.fail(
      new ApiRequestError(400, {
        code: 'VALIDATION_FAILED',
        message: 'x',
        fields: [{ field: 'answers.bad.0', constraint: 'answerSchema', message: 'm' }],
      }),
    );
    sync.change('bad', 'te lang');
    sync.change('good', 'prima');
    await jest.advanceTimersByTimeAsync(1500);
    expect(sync.getState().invalidSteps).toEqual(['bad']);
    server.fail(null);
    await jest.advanceTimersByTimeAsync(20);
    expect(server.calls.at(-1)?.answers).toEqual({ good: 'prima' });
    expect(readUnsent(ID)?.answers).toEqual({ bad: 'te lang' });
    sync.dispose();
  });
});
