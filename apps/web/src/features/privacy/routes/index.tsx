import type { RouteObject } from 'react-router';

/** The client's data under /mijn: download it all, or delete the account. */
export const privacyClientRoutes: RouteObject[] = [
  {
    path: 'gegevens',
    lazy: async () => ({ Component: (await import('./data-page')).DataPage }),
  },
];
