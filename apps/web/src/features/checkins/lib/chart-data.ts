import type { Checkin, WindowOfTolerance } from '@oefenruimte/shared';

/** One point per check-in, oldest first, with whether the therapist can see it. */
export interface ChartRow {
  readonly id: string;
  readonly day: string;
  readonly label: string;
  readonly tension: number | null;
  readonly mood: number | null;
  readonly energy: number | null;
  readonly sleep: number | null;
  readonly urge: number | null;
  readonly window: WindowOfTolerance | null;
  readonly shared: boolean;
  readonly danger: boolean;
}

export function toChartRows(
  checkins: readonly Checkin[],
  formatDay: (day: string) => string,
): ChartRow[] {
  return [...checkins]
    .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt))
    .map((c) => ({
      id: c.id,
      day: c.day,
      label: formatDay(c.day),
      tension: c.tension,
      mood: c.mood,
      energy: c.energy,
      sleep: c.sleep,
      urge: c.items.urge ?? null,
      window: c.window,
      shared: c.shared,
      danger: c.danger,
    }));
}

export const hasValues = (rows: readonly ChartRow[], key: 'tension' | 'mood' | 'energy' | 'urge') =>
  rows.some((row) => row[key] !== null);

const average = (values: readonly number[]) =>
  values.length === 0
    ? null
    : Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;

/** The numbers a chart's text alternative tells. */
export interface ChartSummary {
  readonly count: number;
  readonly shared: number;
  readonly averageTension: number | null;
  readonly lowestTension: number | null;
  readonly highestTension: number | null;
  readonly windows: Record<WindowOfTolerance, number>;
}

export function summarize(rows: readonly ChartRow[]): ChartSummary {
  const tensions = rows.flatMap((r) => (r.tension === null ? [] : [r.tension]));
  const windows = { overprikkeld: 0, 'binnen-raam': 0, bevroren: 0 };
  for (const row of rows) if (row.window) windows[row.window] += 1;
  return {
    count: rows.length,
    shared: rows.filter((r) => r.shared).length,
    averageTension: average(tensions),
    lowestTension: tensions.length ? Math.min(...tensions) : null,
    highestTension: tensions.length ? Math.max(...tensions) : null,
    windows,
  };
}
