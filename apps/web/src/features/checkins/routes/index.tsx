import type { RouteObject } from 'react-router';

/** The therapist's overview ordered by need, under /praktijk. */
export const checkinsTherapistRoutes: RouteObject[] = [];

/** Child routes of one client's page (/praktijk/clienten/:clientId/…): check-ins and reviewing together. */
export const checkinsClientPageRoutes: RouteObject[] = [];

/** The client's check-in, their progress, and their data, under /mijn. */
export const checkinsClientRoutes: RouteObject[] = [];
