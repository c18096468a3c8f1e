import { clearOutbox, enqueueCheckin, readOutbox } from './checkin-outbox';

const body = { day: '2026-03-01', tension: 4 } as never;

describe('check-ins waiting on the device', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one entry per idempotency key, per account', () => {
    enqueueCheckin('a', { idempotencyKey: 'k1', first: body, body });
    enqueueCheckin('a', { idempotencyKey: 'k1', first: body, body });
    enqueueCheckin('a', { idempotencyKey: 'k2', first: body, body });
    enqueueCheckin('b', { idempotencyKey: 'k3', first: body, body });
    expect(readOutbox('a').map((i) => i.idempotencyKey)).toEqual(['k1', 'k2']);
    expect(readOutbox('b').map((i) => i.idempotencyKey)).toEqual(['k3']);
  });

  it("removes only that account's queue at logout", () => {
    enqueueCheckin('a', { idempotencyKey: 'k1', first: body, body });
    enqueueCheckin('b', { idempotencyKey: 'k2', first: body, body });
    clearOutbox('a');
    expect(readOutbox('a')).toEqual([]);
    expect(readOutbox('b')).toHaveLength(1);
    expect(Object.keys(localStorage)).toEqual(['oefenruimte.outbox.checkins.b']);
  });

  it('ignores what is not a queue (a damaged or foreign value)', () => {
    localStorage.setItem('oefenruimte.outbox.checkins.a', '{not json');
    expect(readOutbox('a')).toEqual([]);
    localStorage.setItem('oefenruimte.outbox.checkins.a', JSON.stringify([{ nope: 1 }]));
    expect(readOutbox('a')).toEqual([]);
  });
});
