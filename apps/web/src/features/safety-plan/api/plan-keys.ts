/** Cache keys of the signaleringsplan: the client's own, and a client's shared plan for a therapist. */
export const planKeys = {
  mine: ['safety-plan', 'mine'] as const,
  versions: ['safety-plan', 'mine', 'versions'] as const,
  suggestions: ['safety-plan', 'mine', 'suggestions'] as const,
  ofClient: (clientId: string) => ['safety-plan', 'client', clientId] as const,
};
