import { sampleCheckin } from '../testing/sample-checkin';
import { hasValues, summarize, toChartRows } from './chart-data';

describe('toChartRows', () => {
  const checkins = [
    sampleCheckin({ id: 'b', day: '2026-11-20', tension: 6, shared: false, items: { urge: 7 } }),
    sampleCheckin({ id: 'a', day: '2026-11-18', tension: 3, shared: true, window: 'binnen-raam' }),
    sampleCheckin({ id: 'c', day: '2026-11-21', tension: 10, shared: true, danger: true }),
  ];

  it('puts the check-ins oldest first and marks each as shared or private', () => {
    const rows = toChartRows(checkins, (day) => `dag ${day.slice(8)}`);
    expect(rows.map((r) => [r.id, r.label, r.shared])).toEqual([
      ['a', 'dag 18', true],
      ['b', 'dag 20', false],
      ['c', 'dag 21', true],
    ]);
    expect(rows[1]).toMatchObject({ tension: 6, urge: 7, window: null });
    expect(rows[2]?.danger).toBe(true);
  });

  it('tells the summary the charts stand for', () => {
    const rows = toChartRows(checkins, (day) => day);
    expect(summarize(rows)).toEqual({
      count: 3,
      shared: 2,
      averageTension: 6.3,
      lowestTension: 3,
      highestTension: 10,
      windows: { overprikkeld: 0, 'binnen-raam': 1, bevroren: 0 },
    });
    expect(hasValues(rows, 'urge')).toBe(true);
    expect(hasValues(rows, 'mood')).toBe(false);
  });
});
