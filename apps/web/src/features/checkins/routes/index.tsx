import type { RouteObject } from 'react-router';

/** The therapist's overview ordered by need, under /praktijk. */
export const checkinsTherapistRoutes: RouteObject[] = [
  {
    path: 'overzicht',
    lazy: async () => ({ Component: (await import('./overview-page')).OverviewPage }),
  },
];

/** Child routes of one client's page (/praktijk/clienten/:clientId/…): check-ins and reviewing together. */
export const checkinsClientPageRoutes: RouteObject[] = [
  {
    path: 'check-ins',
    lazy: async () => ({ Component: (await import('./client-checkins-page')).ClientCheckinsPage }),
  },
];

/** The client's progress, under /mijn. */
export const checkinsClientRoutes: RouteObject[] = [
  {
    path: 'voortgang',
    lazy: async () => ({ Component: (await import('./progress-page')).ProgressPage }),
  },
];
