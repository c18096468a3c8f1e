import type { RouteObject } from 'react-router';

/** The therapist's practice pages under /praktijk (clients, invitations, settings, account). */
export const practiceTherapistRoutes: RouteObject[] = [];

/**
 * One client's page under /praktijk/clienten/:clientId. Other features add child routes to it
 * (the router composes them), so this page renders an <Outlet /> below its header.
 */
export const clientPageRoute: RouteObject | null = null;

/** The client's own account pages under /mijn (who looked at my data, sessions, password). */
export const practiceClientRoutes: RouteObject[] = [];
