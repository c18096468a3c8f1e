/** One place for the check-in cache keys, so writes refresh exactly what they changed. */
export const checkinKeys = {
  all: ['checkins'] as const,
  mine: ['checkins', 'me', 'list'] as const,
  mineInRange: (from: string, to: string) => ['checkins', 'me', 'list', from, to] as const,
  preferences: ['checkins', 'me', 'preferences'] as const,
  overview: ['checkins', 'overview'] as const,
  client: (clientId: string) => ['checkins', 'client', clientId] as const,
  clientCheckins: (clientId: string, from: string, to: string) =>
    ['checkins', 'client', clientId, 'list', from, to] as const,
};
