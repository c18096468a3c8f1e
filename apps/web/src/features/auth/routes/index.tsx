import type { RouteObject } from 'react-router';

/** Public pages about getting in: login, second factor, sign-up, passwords, invitations, demo mailbox. */
export const authRoutes: RouteObject[] = [];
