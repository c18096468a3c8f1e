import type { Checkin } from '@oefenruimte/shared';

export function sampleCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: 'k1',
    day: '2026-11-20',
    tension: 4,
    mood: null,
    energy: null,
    sleep: null,
    window: null,
    bodySignals: [],
    note: null,
    items: {},
    safetyConcern: null,
    shared: false,
    discuss: false,
    danger: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
