import type { RouteObject } from 'react-router';

/**
 * This week's agreements from reviewing together, under /mijn. (The therapist's review of one
 * client combines check-ins, homework and agreements: app/routes/review-page.)
 */
export const reviewClientRoutes: RouteObject[] = [
  {
    path: 'afspraken',
    lazy: async () => ({ Component: (await import('./agreements-page')).AgreementsPage }),
  },
];
