import type { RouteObject } from 'react-router';

/** The client's list and results, under /mijn (filling one in is composed in app/routes). */
export const questionnairesClientRoutes: RouteObject[] = [
  {
    path: 'vragenlijsten',
    lazy: async () => ({
      Component: (await import('./my-questionnaires-page')).MyQuestionnairesPage,
    }),
  },
];

/** The practice's questionnaires: import and library, under /praktijk. */
export const questionnairesTherapistRoutes: RouteObject[] = [
  {
    path: 'vragenlijsten',
    lazy: async () => ({ Component: (await import('./library-page')).LibraryPage }),
  },
];

/** Child route of one client's page (/praktijk/clienten/:clientId/vragenlijsten). */
export const questionnairesClientPageRoutes: RouteObject[] = [
  {
    path: 'vragenlijsten',
    lazy: async () => ({
      Component: (await import('./client-questionnaires-page')).ClientQuestionnairesPage,
    }),
  },
];
