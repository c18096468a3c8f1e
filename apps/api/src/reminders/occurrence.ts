/**
 * Wall-clock arithmetic in a named time zone with Intl only: what a local date and time is in
 * UTC, and when a daily reminder goes next. Correct across summer time: 20:00 stays 20:00.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Minutes after local midnight. */
  readonly minute: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
}

/** The wall clock in `timeZone` at `instant`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
  };
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const local = localTime(new Date(instant), timeZone);
  const seconds = new Date(instant).getUTCSeconds();
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, 0, local.minute, seconds);
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant a local date and time happens in `timeZone`. A time that does not exist (in the
 * hour skipped in spring) moves forward by the gap; one that happens twice takes the first.
 */
export function zonedInstant(
  date: { year: number; month: number; day: number },
  minute: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minute);
  const hours6 = 6 * 3600_000;
  // The offset before and after any change that day: one of them gives the wall time asked.
  const before = wall - offsetAt(wall - hours6, timeZone);
  const after = wall - offsetAt(wall + hours6, timeZone);
  const shows = (t: number) => {
    const local = localTime(new Date(t), timeZone);
    return local.day === date.day && local.minute === minute;
  };
  const exact = [Math.min(before, after), Math.max(before, after)].find(shows);
  // In the skipped hour neither does: the offset from before the change moves it forward.
  return new Date(exact ?? before);
}

/** The first moment strictly after `after` at `minute` local time on one of `days`. */
export function nextOccurrence(
  schedule: { minute: number; days: readonly number[]; timeZone: string },
  after: Date,
): Date | null {
  if (schedule.days.length === 0) return null;
  const today = localTime(after, schedule.timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    // Calendar arithmetic on the local date (UTC noon avoids any zone effect on the day).
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset, 12));
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    if (!schedule.days.includes(weekday)) continue;
    const at = zonedInstant(
      { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      schedule.minute,
      schedule.timeZone,
    );
    if (at.getTime() > after.getTime()) return at;
  }
  return null;
}

/** Whether `timeZone` is a zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
