import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageFrame } from '../components/page-frame/page-frame';
import { PageLoader } from '../components/page-loader/page-loader';
import { accessLogClientNav } from '../features/access-log/nav';
import { accessLogClientRoutes, accessLogTherapistRoutes } from '../features/access-log/routes';
import { accountRoutes, authRoutes } from '../features/auth/routes';
import { checkinsClientNav, checkinsTherapistNav } from '../features/checkins/nav';
import {
  checkinsClientPageRoutes,
  checkinsClientRoutes,
  checkinsTherapistRoutes,
} from '../features/checkins/routes';
import { RouteErrorPage } from '../features/errors/routes/route-error-page';
import { homeworkClientNav, homeworkTherapistNav } from '../features/homework/nav';
import {
  homeworkClientPageRoutes,
  homeworkClientRoutes,
  homeworkTherapistRoutes,
} from '../features/homework/routes';
import { practiceClientNav, practiceTherapistNav } from '../features/practice/nav';
import { clientPageRoute, practiceTherapistRoutes } from '../features/practice/routes';
import { privacyClientNav } from '../features/privacy/nav';
import { privacyClientRoutes } from '../features/privacy/routes';
import { reviewClientRoutes } from '../features/review/routes';
import { safetyPlanClientNav } from '../features/safety-plan/nav';
import { safetyPlanClientPageRoutes, safetyPlanClientRoutes } from '../features/safety-plan/routes';
import { remindersClientNav } from '../features/reminders/nav';
import {
  questionnairesClientNav,
  questionnairesTherapistNav,
} from '../features/questionnaires/nav';
import {
  questionnairesClientPageRoutes,
  questionnairesClientRoutes,
  questionnairesTherapistRoutes,
} from '../features/questionnaires/routes';
import { remindersClientRoutes } from '../features/reminders/routes';
import { RequireRole } from './guards/require-role';
import { ClientLayout } from './layouts/client-layout';
import { PublicLayout } from './layouts/public-layout';
import { TherapistLayout } from './layouts/therapist-layout';

/** One client's page, with the child routes every feature adds to it. */
const clientPage: RouteObject[] = clientPageRoute
  ? [
      {
        ...clientPageRoute,
        children: [
          ...(clientPageRoute.children ?? []),
          ...homeworkClientPageRoutes,
          ...checkinsClientPageRoutes,
          ...safetyPlanClientPageRoutes,
          ...questionnairesClientPageRoutes,
          {
            path: 'terugkijken',
            lazy: async () => ({ Component: (await import('./routes/review-page')).ReviewPage }),
          },
        ],
      } as RouteObject,
    ]
  : [];

/**
 * The route table. Features own their pages (lazy-loaded); this file only composes them
 * under the three layouts. The layouts and the error page are not lazy, so a failing chunk
 * download still ends on a friendly page with help.
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
          ...authRoutes,
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../features/errors/routes/not-found-page')).NotFoundPage,
            }),
          },
        ],
      },
      {
        path: 'praktijk',
        element: <RequireRole allow="therapist" />,
        children: [
          {
            element: (
              <TherapistLayout
                navItems={[
                  ...checkinsTherapistNav,
                  ...practiceTherapistNav,
                  ...homeworkTherapistNav,
                  ...questionnairesTherapistNav,
                ]}
              />
            ),
            children: [
              ...practiceTherapistRoutes,
              ...accessLogTherapistRoutes,
              ...accountRoutes,
              ...clientPage,
              ...homeworkTherapistRoutes,
              {
                path: 'bibliotheek/:moduleId',
                lazy: async () => ({
                  Component: (await import('./routes/module-page')).ModulePage,
                }),
              },
              ...checkinsTherapistRoutes,
              ...questionnairesTherapistRoutes,
            ],
          },
        ],
      },
      {
        path: 'mijn',
        element: <RequireRole allow="client" />,
        children: [
          {
            element: (
              <ClientLayout
                navItems={[
                  ...homeworkClientNav,
                  ...checkinsClientNav,
                  ...privacyClientNav,
                  ...safetyPlanClientNav,
                  ...remindersClientNav,
                  ...questionnairesClientNav,
                  ...accessLogClientNav,
                  ...practiceClientNav,
                ]}
              />
            ),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('./pages/client-home-page')).ClientHomePage,
                }),
              },
              {
                path: 'check-in',
                lazy: async () => ({
                  Component: (await import('./routes/checkin-page')).CheckinPage,
                }),
              },
              {
                path: 'oefeningen/:assignmentId',
                lazy: async () => ({
                  Component: (await import('./routes/exercise-page')).ExercisePage,
                }),
              },
              ...homeworkClientRoutes,
              ...checkinsClientRoutes,
              ...reviewClientRoutes,
              ...safetyPlanClientRoutes,
              ...remindersClientRoutes,
              ...questionnairesClientRoutes,
              {
                path: 'vragenlijsten/:assignmentId',
                lazy: async () => ({
                  Component: (await import('./routes/questionnaire-fill-page'))
                    .QuestionnaireFillPage,
                }),
              },
              ...privacyClientRoutes,
              ...accessLogClientRoutes,
              ...accountRoutes,
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
