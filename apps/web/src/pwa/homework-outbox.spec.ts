import {
  clearHomeworkOutbox,
  dismissRefusedHomework,
  enqueueHomework,
  readHomeworkOutbox,
  readRefusedHomework,
  settleQueuedHomework,
} from './homework-outbox';

const item = (responseId: string, share: string[] = []) => ({
  assignmentId: 'as-1',
  responseId,
  title: 'Ontwennen',
  share,
  discuss: [],
  idempotencyKey: `key-${responseId}`,
});

describe('exercises waiting on the device', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one send per response (the last choices), per account', () => {
    enqueueHomework('a', item('r1', ['s1']));
    enqueueHomework('a', item('r1', ['s2']));
    enqueueHomework('a', item('r2'));
    enqueueHomework('b', item('r3'));
    expect(readHomeworkOutbox('a').map((i) => [i.responseId, i.share])).toEqual([
      ['r1', ['s2']],
      ['r2', []],
    ]);
    expect(readHomeworkOutbox('b').map((i) => i.responseId)).toEqual(['r3']);
  });

  it('moves a refused send to the refusals, and a new send of it clears that', () => {
    enqueueHomework('a', item('r1'));
    enqueueHomework('a', item('r2'));
    settleQueuedHomework('a', item('r1'), 'gone');
    settleQueuedHomework('a', item('r2'));
    expect(readHomeworkOutbox('a')).toEqual([]);
    expect(readRefusedHomework('a')).toEqual([
      { assignmentId: 'as-1', responseId: 'r1', title: 'Ontwennen', reason: 'gone' },
    ]);
    enqueueHomework('a', item('r1'));
    expect(readRefusedHomework('a')).toEqual([]);
    settleQueuedHomework('a', item('r1'), 'refused');
    dismissRefusedHomework('a', 'r1');
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it("removes only that account's sends at logout", () => {
    enqueueHomework('a', item('r1'));
    enqueueHomework('b', item('r2'));
    clearHomeworkOutbox('a');
    expect(readHomeworkOutbox('a')).toEqual([]);
    expect(Object.keys(localStorage)).toEqual(['oefenruimte.outbox.homework.b']);
  });

  it('ignores what is not an outbox (a damaged or foreign value)', () => {
    localStorage.setItem('oefenruimte.outbox.homework.a', '{not json');
    expect(readHomeworkOutbox('a')).toEqual([]);
    localStorage.setItem(
      'oefenruimte.outbox.homework.a',
      JSON.stringify({ waiting: [{ nope: 1 }], refused: 'x' }),
    );
    expect(readHomeworkOutbox('a')).toEqual([]);
    expect(readRefusedHomework('a')).toEqual([]);
  });
});
