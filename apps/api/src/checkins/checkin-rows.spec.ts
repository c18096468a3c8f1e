import { todayInAmsterdam } from './checkin-rows';

describe('todayInAmsterdam', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the Dutch calendar day, also when UTC is still on the day before', () => {
    // 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Amsterdam (summer time).
    expect(todayInAmsterdam(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    // 22:30 UTC on 31 December is 23:30 in Amsterdam (winter time): still the old year.
    expect(todayInAmsterdam(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  it('reuses one formatter instead of building one per call', () => {
    const construct = jest.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 5; i++) todayInAmsterdam();
    expect(construct).not.toHaveBeenCalled();
  });
});
