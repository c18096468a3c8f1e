import { localTime, nextOccurrence, zonedInstant } from './occurrence';

const AMS = 'Europe/Amsterdam';
const everyDay = { minute: 20 * 60, days: [1, 2, 3, 4, 5, 6, 7], timeZone: AMS };

describe('reminder occurrences in a time zone', () => {
  it('puts 20:00 Amsterdam at 19:00 UTC in winter and 18:00 UTC in summer', () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 15 }, 1200, AMS).toISOString()).toBe(
      '2026-01-15T19:00:00.000Z',
    );
    expect(zonedInstant({ year: 2026, month: 7, day: 15 }, 1200, AMS).toISOString()).toBe(
      '2026-07-15T18:00:00.000Z',
    );
  });

  it('stays at 20:00 local across the last Sunday of March (2026-03-29)', () => {
    const saturday = nextOccurrence(everyDay, new Date('2026-03-28T12:00:00Z'));
    expect(saturday?.toISOString()).toBe('2026-03-28T19:00:00.000Z');
    const sunday = nextOccurrence(everyDay, saturday!);
    expect(sunday?.toISOString()).toBe('2026-03-29T18:00:00.000Z');
    expect(localTime(sunday!, AMS).minute).toBe(1200);
  });

  it('stays at 20:00 local across the last Sunday of October (2026-10-25)', () => {
    const saturday = nextOccurrence(everyDay, new Date('2026-10-24T12:00:00Z'));
    expect(saturday?.toISOString()).toBe('2026-10-24T18:00:00.000Z');
    const sunday = nextOccurrence(everyDay, saturday!);
    expect(sunday?.toISOString()).toBe('2026-10-25T19:00:00.000Z');
    expect(localTime(sunday!, AMS).minute).toBe(1200);
  });

  it('moves a time in the skipped hour forward and takes the first of a doubled hour', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 29 }, 150, AMS).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedInstant({ year: 2026, month: 10, day: 25 }, 150, AMS).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('keeps to the chosen days only', () => {
    // Wednesdays only; from Thursday 2026-12-03 the next is Wednesday 2026-12-09.
    const next = nextOccurrence(
      { minute: 540, days: [3], timeZone: AMS },
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(next?.toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(nextOccurrence({ minute: 540, days: [], timeZone: AMS }, new Date())).toBeNull();
  });
});
