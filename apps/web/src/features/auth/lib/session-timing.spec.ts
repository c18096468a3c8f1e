import { formatCountdown, sessionState } from './session-timing';

const now = Date.parse('2026-11-21T10:00:00Z');
const at = (offsetSeconds: number) => new Date(now + offsetSeconds * 1000).toISOString();

describe('sessionState', () => {
  it('is active until two minutes before the idle end, then warns, then expires', () => {
    const session = { idleExpiresAt: at(30 * 60), absoluteExpiresAt: at(12 * 3600) };
    expect(sessionState(session, now).phase).toBe('active');
    expect(sessionState(session, now + (28 * 60 - 1) * 1000).phase).toBe('active');
    expect(sessionState(session, now + 28 * 60 * 1000)).toEqual({
      phase: 'warning',
      secondsLeft: 120,
      reason: 'idle',
      endsAt: at(30 * 60),
    });
    expect(sessionState(session, now + 30 * 60 * 1000).phase).toBe('expired');
    expect(sessionState(session, now + 31 * 60 * 1000).secondsLeft).toBe(0);
  });

  it('counts the 12-hour limit when it comes first: that one cannot be extended', () => {
    const session = { idleExpiresAt: at(30 * 60), absoluteExpiresAt: at(10 * 60) };
    const state = sessionState(session, now + 9 * 60 * 1000);
    expect(state).toMatchObject({ phase: 'warning', reason: 'absolute', secondsLeft: 60 });
  });

  it('rounds partial seconds up, so the countdown never shows 0 while time is left', () => {
    const session = { idleExpiresAt: at(1), absoluteExpiresAt: at(3600) };
    expect(sessionState(session, now + 400).secondsLeft).toBe(1);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(120)).toBe('2:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(9)).toBe('0:09');
  });
});
