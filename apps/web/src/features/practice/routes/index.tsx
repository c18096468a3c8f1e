import type { RouteObject } from 'react-router';

/** The therapist's practice pages under /praktijk (clients, invitations, settings). */
export const practiceTherapistRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./client-list-page')).ClientListPage }),
  },
  {
    path: 'uitnodigingen',
    lazy: async () => ({ Component: (await import('./invitations-page')).InvitationsPage }),
  },
  {
    path: 'praktijk',
    lazy: async () => ({
      Component: (await import('./practice-settings-page')).PracticeSettingsPage,
    }),
  },
];

/**
 * One client's page under /praktijk/clienten/:clientId. Other features add child routes to it
 * (the router composes them), so this page renders an <Outlet /> below its header.
 */
export const clientPageRoute: RouteObject | null = {
  path: 'clienten/:clientId',
  lazy: async () => ({ Component: (await import('./client-page')).ClientPage }),
  children: [
    {
      index: true,
      lazy: async () => ({
        Component: (await import('./client-overview-page')).ClientOverviewPage,
      }),
    },
  ],
};
