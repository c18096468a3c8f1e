import type { RouteObject } from 'react-router';

/** Public pages about getting in: login, second factor, sign-up, setup, passwords, invitations, demo mailbox. */
export const authRoutes: RouteObject[] = [
  {
    path: 'inloggen',
    lazy: async () => ({ Component: (await import('./login-page')).LoginPage }),
  },
  {
    path: 'inloggen/code',
    lazy: async () => ({ Component: (await import('./second-factor-page')).SecondFactorPage }),
  },
  {
    path: 'aanmelden',
    lazy: async () => ({ Component: (await import('./sign-up-page')).SignUpPage }),
  },
  {
    path: 'aanmelden/bevestigen',
    lazy: async () => ({
      Component: (await import('./confirm-sign-up-page')).ConfirmSignUpPage,
    }),
  },
  {
    path: 'installeren',
    lazy: async () => ({ Component: (await import('./sign-up-page')).SetUpPage }),
  },
  {
    path: 'wachtwoord-vergeten',
    lazy: async () => ({
      Component: (await import('./forgot-password-page')).ForgotPasswordPage,
    }),
  },
  {
    path: 'wachtwoord-herstellen',
    lazy: async () => ({ Component: (await import('./reset-password-page')).ResetPasswordPage }),
  },
  {
    path: 'uitnodiging',
    lazy: async () => ({
      Component: (await import('./accept-invitation-page')).AcceptInvitationPage,
    }),
  },
  {
    path: 'demo/postvak',
    lazy: async () => ({ Component: (await import('./demo-outbox-page')).DemoOutboxPage }),
  },
];

/** The signed-in person's account (sessions, password, second factor), under /praktijk and /mijn. */
export const accountRoutes: RouteObject[] = [
  {
    path: 'account',
    lazy: async () => ({ Component: (await import('./account-page')).AccountPage }),
  },
];
