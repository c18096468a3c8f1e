import type { RouteObject } from 'react-router';

/** The client's reminders, under /mijn. */
export const remindersClientRoutes: RouteObject[] = [
  {
    path: 'herinneringen',
    lazy: async () => ({ Component: (await import('./reminders-page')).RemindersPage }),
  },
];
