import { DiscoveryModule } from '@nestjs/core';
import { API_ROUTES } from '@oefenruimte/shared';
import { routeTable } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Walks every route of the app. A new route must say who may use it; a new public route or
 * client-data route must be added to the lists below on purpose (and, for client data, to
 * the access matrix in access-matrix.int-spec.ts).
 */
describe('the route table', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ extraImports: [DiscoveryModule] });
  });
  afterAll(() => api.close());

  it('serves every route of the shared route map the web app calls through', () => {
    const served = new Set(routeTable(api).map((r) => r.route));
    const missing = Object.keys(API_ROUTES)
      .map((key) => key.replace(' ', ' /api'))
      .filter((route) => !served.has(route));
    expect(missing).toEqual([]);
  });

  it('gives every route an access rule or marks it public', () => {
    const unruled = routeTable(api).filter((r) => !r.isPublic && !r.rule);
    expect(unruled.map((r) => r.route)).toEqual([]);
  });

  it('opens only these routes to people who are not logged in', () => {
    expect(
      routeTable(api)
        .filter((r) => r.isPublic)
        .map((r) => r.route),
    ).toEqual([
      'GET /api/demo/outbox',
      'GET /api/health',
      'GET /api/reminders/unsubscribe/:practiceId/:reminderId/:signature',
      'POST /api/account/password/forgot',
      'POST /api/account/password/reset',
      'POST /api/auth/login',
      'POST /api/auth/setup',
      'POST /api/auth/signup',
      'POST /api/auth/signup/confirm',
      'POST /api/invitations/accept',
      'POST /api/invitations/preview',
      'POST /api/reminders/unsubscribe/:practiceId/:reminderId/:signature',
    ]);
  });

  it('marks exactly these routes as client data (second factor, audit, access matrix)', () => {
    expect(
      routeTable(api)
        .filter((r) => r.rule?.clientData)
        .map((r) => r.route),
    ).toEqual([...CLIENT_DATA_ROUTES].sort((a, b) => a.localeCompare(b)));
  });
});

/** Kept in step with the matrix; see access-matrix.int-spec.ts. */
export const CLIENT_DATA_ROUTES = [
  'GET /api/clients',
  'GET /api/clients/:clientId',
  'POST /api/clients/:clientId/end-care',
  'POST /api/clients/:clientId/assignments',
  'GET /api/clients/:clientId/assignments',
  'PATCH /api/clients/:clientId/assignments/:assignmentId',
  'GET /api/clients/:clientId/responses',
  'GET /api/clients/:clientId/responses/:responseId',
  'POST /api/clients/:clientId/responses/:responseId/feedback',
  'GET /api/overview',
  'GET /api/clients/:clientId/checkins',
  'POST /api/clients/:clientId/checkins/:checkinId/seen',
  'GET /api/clients/:clientId/review',
  'POST /api/clients/:clientId/reviews',
  'GET /api/clients/:clientId/reviews',
  'GET /api/clients/:clientId/safety-plan',
  'POST /api/clients/:clientId/safety-plan/suggestions',
  'POST /api/clients/:clientId/questionnaires',
  'GET /api/clients/:clientId/questionnaires',
  'POST /api/clients/:clientId/questionnaires/:questionnaireAssignmentId/stop',
];
