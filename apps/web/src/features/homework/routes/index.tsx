import type { RouteObject } from 'react-router';

/** The library and the builder under /praktijk. */
export const homeworkTherapistRoutes: RouteObject[] = [];

/** Child routes of one client's page (/praktijk/clienten/:clientId/…): their homework. */
export const homeworkClientPageRoutes: RouteObject[] = [];

/** The client's home ("Mijn oefeningen") and doing an exercise, under /mijn. */
export const homeworkClientRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./my-exercises-page')).MyExercisesPage }),
  },
];
