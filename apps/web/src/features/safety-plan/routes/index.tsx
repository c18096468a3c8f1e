import type { RouteObject } from 'react-router';

/** The client's own plan, under /mijn. */
export const safetyPlanClientRoutes: RouteObject[] = [
  {
    path: 'signaleringsplan',
    lazy: async () => ({ Component: (await import('./plan-page')).PlanPage }),
  },
];

/** Child route of one client's page (/praktijk/clienten/:clientId/signaleringsplan). */
export const safetyPlanClientPageRoutes: RouteObject[] = [
  {
    path: 'signaleringsplan',
    lazy: async () => ({ Component: (await import('./client-plan-page')).ClientPlanPage }),
  },
];
