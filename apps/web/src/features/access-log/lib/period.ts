export const PERIODS = ['7', '30', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** The start of a period as ISO (midnight, N days back), or null for everything. */
export function periodStart(period: Period, now: Date): string | null {
  if (period === 'all') return null;
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - Number(period));
  return start.toISOString();
}
