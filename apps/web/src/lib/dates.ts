/** Days as the API writes them (yyyy-mm-dd), in the person's own time zone. */
export function toDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A yyyy-mm-dd day as a local date at noon (safe from daylight-saving edges). */
export function fromDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

export function addDays(day: string, days: number): string {
  const date = fromDay(day);
  date.setDate(date.getDate() + days);
  return toDay(date);
}

export function today(now: Date = new Date()): string {
  return toDay(now);
}

export const PERIODS = ['2w', '1m', '3m'] as const;
export type Period = (typeof PERIODS)[number];

/** The days a period covers, ending today. */
export function periodRange(period: Period, now: Date = new Date()): { from: string; to: string } {
  const to = toDay(now);
  if (period === '2w') return { from: addDays(to, -13), to };
  const start = fromDay(to);
  start.setMonth(start.getMonth() - (period === '1m' ? 1 : 3));
  return { from: addDays(toDay(start), 1), to };
}
