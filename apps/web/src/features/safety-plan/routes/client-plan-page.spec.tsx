import { emptyPlanContent, type PlanSuggestion, type SafetyPlan } from '@oefenruimte/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { mockApi } from '../../checkins/testing/mock-api';
import { ClientPlanPage } from './client-plan-page';

const plan = (version: number): SafetyPlan => ({
  id: `v${version}`,
  version,
  content: emptyPlanContent(),
  shared: true,
  updatedAt: '2026-12-01T10:00:00Z',
  updatedBy: 'client',
});

const sent = (baseVersion: number): PlanSuggestion => ({
  id: 's1',
  content: emptyPlanContent(),
  note: null,
  baseVersion,
  status: 'open',
  therapistName: 'Marieke de Vries',
  createdAt: '2026-12-01T11:00:00Z',
  decidedAt: null,
  acceptedVersion: null,
});

const renderPage = () =>
  renderRoute('/praktijk/clienten/c1/signaleringsplan', {
    routes: [{ path: '/praktijk/clienten/:clientId/signaleringsplan', Component: ClientPlanPage }],
  });

describe('ClientPlanPage: suggesting a change', () => {
  it('keeps the suggestion when the client changed the plan meanwhile, and sends it for the new version', async () => {
    let stored: PlanSuggestion | null = null;
    const calls = mockApi({
      'GET /api/clients/c1/safety-plan': () => ({
        body: { plan: plan(stored ? 2 : 1), suggestions: stored ? [stored] : [] },
      }),
      'POST /api/clients/c1/safety-plan/suggestions': (body) => {
        const { baseVersion } = body as { baseVersion: number };
        if (baseVersion !== 2)
          return { status: 409, body: { statusCode: 409, code: 'CONFLICT', current: plan(2) } };
        stored = sent(2);
        return { status: 201, body: stored };
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Wijziging voorstellen' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Toelichting voor de cliënt (mag leeg blijven)' }),
      'Zoals besproken',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Voorstel sturen' }));
    await screen.findByText(/De cliënt heeft het plan intussen aangepast/);
    // The therapist's text is still there.
    expect(
      screen.getByRole('textbox', { name: 'Toelichting voor de cliënt (mag leeg blijven)' }),
    ).toHaveValue('Zoals besproken');

    await userEvent.click(
      screen.getByRole('button', { name: 'Voorstel sturen bij de nieuwe versie' }),
    );
    await screen.findByText(/Je voorstel is verstuurd/);
    expect(await screen.findByText('Wacht op de cliënt')).toBeVisible();
    expect(
      calls
        .filter((c) => c.route === 'POST /api/clients/c1/safety-plan/suggestions')
        .map((c) => c.body),
    ).toEqual([
      expect.objectContaining({ baseVersion: 1, note: 'Zoals besproken' }),
      expect.objectContaining({ baseVersion: 2, note: 'Zoals besproken' }),
    ]);
  });
});
