import { SESSION_WARNING_SECONDS, type SessionTimes } from '@oefenruimte/shared';

export type SessionPhase = 'active' | 'warning' | 'expired';

export interface SessionState {
  readonly phase: SessionPhase;
  /** Whole seconds until the session ends (0 once it has). */
  readonly secondsLeft: number;
  /** Idle time can be extended; the absolute limit (12 hours) cannot. */
  readonly reason: 'idle' | 'absolute';
  /** The moment the session ends, as an ISO string: identifies this deadline. */
  readonly endsAt: string;
}

/** Where a session stands at `now`: the earlier of its idle and absolute ends counts. */
export function sessionState(
  session: SessionTimes,
  now: number,
  warningSeconds: number = SESSION_WARNING_SECONDS,
): SessionState {
  const idle = Date.parse(session.idleExpiresAt);
  const absolute = Date.parse(session.absoluteExpiresAt);
  const reason = absolute <= idle ? 'absolute' : 'idle';
  const end = Math.min(idle, absolute);
  const secondsLeft = Math.max(0, Math.ceil((end - now) / 1000));
  const phase: SessionPhase =
    end <= now ? 'expired' : secondsLeft <= warningSeconds ? 'warning' : 'active';
  return { phase, secondsLeft, reason, endsAt: new Date(end).toISOString() };
}

/** "1:05" for a countdown. */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
