import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageFrame } from '../components/page-frame/page-frame';
import { PageLoader } from '../components/page-loader/page-loader';
import { RouteErrorPage } from '../features/errors/routes/route-error-page';
import { PublicLayout } from './layouts/public-layout';

/**
 * The route table. Pages are lazy-loaded per feature; the layouts and the error page are not,
 * so a failing chunk download still ends on a friendly page with help.
 * ClientLayout and TherapistLayout join here with their first pages (behind sign-in).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteErrorPage />,
    // While the first page's code loads, the frame (and with it the help panel) is already there.
    hydrateFallbackElement: (
      <PageFrame>
        <PageLoader />
      </PageFrame>
    ),
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/landing/routes/landing-page')).LandingPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../features/errors/routes/not-found-page')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
