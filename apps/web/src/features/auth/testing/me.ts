import type { Me } from '@oefenruimte/shared';

/** A logged-in person for tests; times are relative to `now`. */
export function testMe(overrides: Partial<Me> = {}, now = Date.now()): Me {
  return {
    id: 'u1',
    name: 'Marieke de Vries',
    email: 'marieke@example.nl',
    role: 'therapist',
    practiceRole: 'owner',
    practice: { id: 'p1', name: 'Praktijk De Linde' },
    locale: 'nl',
    secondFactor: { enrolled: true, verified: true, required: true },
    session: {
      idleExpiresAt: new Date(now + 30 * 60_000).toISOString(),
      absoluteExpiresAt: new Date(now + 12 * 3600_000).toISOString(),
    },
    ...overrides,
  };
}
