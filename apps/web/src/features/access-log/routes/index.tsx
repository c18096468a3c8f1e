import type { RouteObject } from 'react-router';

const accessLogPage: RouteObject['lazy'] = async () => ({
  Component: (await import('./access-log-page')).AccessLogPage,
});

/** Who looked at what: the therapist's log under /praktijk. */
export const accessLogTherapistRoutes: RouteObject[] = [{ path: 'toegang', lazy: accessLogPage }];

/** The client's own log under /mijn: who looked at my data. */
export const accessLogClientRoutes: RouteObject[] = [{ path: 'toegang', lazy: accessLogPage }];
