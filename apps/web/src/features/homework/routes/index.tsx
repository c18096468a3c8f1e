import type { RouteObject } from 'react-router';

/** The library and the builder under /praktijk (a module's page is composed in app/routes). */
export const homeworkTherapistRoutes: RouteObject[] = [
  {
    path: 'bibliotheek',
    lazy: async () => ({ Component: (await import('./library-page')).LibraryPage }),
  },
  {
    path: 'bibliotheek/:moduleId/bewerken',
    lazy: async () => ({ Component: (await import('./builder-page')).BuilderPage }),
  },
];

/** Child routes of one client's page (/praktijk/clienten/:clientId/…): their homework. */
export const homeworkClientPageRoutes: RouteObject[] = [
  {
    path: 'oefeningen',
    lazy: async () => ({
      Component: (await import('./client-exercises-page')).ClientExercisesPage,
    }),
  },
  {
    path: 'oefeningen/:responseId',
    lazy: async () => ({
      Component: (await import('./client-response-page')).ClientResponsePage,
    }),
  },
];

/**
 * Doing an exercise, under /mijn. The client's home ("Mijn oefeningen", my-exercises-page) is
 * composed by the app with this week's afspraken (see app/pages/client-home-page); the
 * exercise itself (exercise-page) with a suggested reminder (app/routes/exercise-page).
 */
export const homeworkClientRoutes: RouteObject[] = [
  {
    path: 'oefeningen/:assignmentId/verstuurd/:responseId',
    lazy: async () => ({ Component: (await import('./sent-response-page')).SentResponsePage }),
  },
];
