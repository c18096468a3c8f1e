import {
  emptyPlanContent,
  type PlanSuggestion,
  type SafetyPlan,
  type SafetyPlanContent,
} from '@oefenruimte/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { mockApi } from '../../checkins/testing/mock-api';
import { PlanPage } from './plan-page';

function withOrangeStep(step: string): SafetyPlanContent {
  const empty = emptyPlanContent();
  return { ...empty, oranje: { ...empty.oranje, selfSteps: [step] } };
}

const plan = (version: number, step: string): SafetyPlan => ({
  id: `v${version}`,
  version,
  content: withOrangeStep(step),
  shared: true,
  updatedAt: '2026-12-01T10:00:00Z',
  updatedBy: 'client',
});

const suggestion: PlanSuggestion = {
  id: 's1',
  content: withOrangeStep('Tien minuten naar buiten'),
  note: 'Zoals besproken.',
  baseVersion: 1,
  status: 'open',
  therapistName: 'Marieke de Vries',
  createdAt: '2026-12-01T09:00:00Z',
  decidedAt: null,
  acceptedVersion: null,
};

const renderPage = () =>
  renderRoute('/mijn/signaleringsplan', {
    routes: [{ path: '/mijn/signaleringsplan', Component: PlanPage }],
  });

describe('PlanPage: a therapist’s suggestion', () => {
  it('shows both when the plan moved on, and takes it only on the client’s second choice', async () => {
    const now = plan(2, 'Zelf aangepast');
    let taken = false;
    const calls = mockApi({
      'GET /api/me/safety-plan': () => ({
        body: { plan: taken ? plan(3, 'Tien minuten naar buiten') : now },
      }),
      'GET /api/me/safety-plan/suggestions': () => ({
        body: [{ ...suggestion, status: taken ? 'accepted' : 'open' }],
      }),
      'POST /api/me/safety-plan/suggestions/s1/accept': (body) => {
        if ((body as { planVersion: number }).planVersion !== 2)
          return {
            status: 409,
            body: { statusCode: 409, code: 'CONFLICT', current: { plan: now, suggestion } },
          };
        taken = true;
        return { body: plan(3, 'Tien minuten naar buiten') };
      },
    });
    renderPage();
    await screen.findByRole('heading', { name: 'Marieke de Vries stelt een wijziging voor' });
    expect(screen.getByText('Anders in: oranje')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Overnemen' }));
    await screen.findByText('Je plan is aangepast nadat dit voorstel werd gedaan');
    expect(screen.getByRole('heading', { name: 'Je plan nu' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Het voorstel' })).toBeVisible();
    // Nothing taken yet: the plan on the page is still the client's own.
    expect(screen.getAllByText('Zelf aangepast').length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Voorstel toch overnemen' }));
    await screen.findByText('Je hebt het voorstel overgenomen. Je plan is bewaard.');
    expect(
      calls.filter((c) => c.route === 'POST /api/me/safety-plan/suggestions/s1/accept'),
    ).toEqual([
      expect.objectContaining({ body: { planVersion: 1 } }),
      expect.objectContaining({ body: { planVersion: 2 } }),
    ]);
  });

  it('declines without touching the plan', async () => {
    let declined = false;
    const calls = mockApi({
      'GET /api/me/safety-plan': { body: { plan: plan(1, 'Koud water') } },
      'GET /api/me/safety-plan/suggestions': () => ({
        body: [{ ...suggestion, status: declined ? 'declined' : 'open' }],
      }),
      'POST /api/me/safety-plan/suggestions/s1/decline': () => {
        declined = true;
        return { body: { ...suggestion, status: 'declined' } };
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Niet overnemen' }));
    await screen.findByText(/Je houdt je plan zoals het was/);
    expect(calls.some((c) => c.route.includes('/accept') || c.route.startsWith('PUT'))).toBe(false);
  });

  it('confirms the take when the list of suggestions comes back before the plan does', async () => {
    let taken = false;
    mockApi({
      // After the take the plan answers last, so the card has left the page before it is done.
      'GET /api/me/safety-plan': async () => {
        if (!taken) return { body: { plan: plan(1, 'Koud water') } };
        await new Promise((resolve) => setTimeout(resolve, 150));
        return { body: { plan: plan(2, 'Tien minuten naar buiten') } };
      },
      'GET /api/me/safety-plan/suggestions': () => ({
        body: [{ ...suggestion, status: taken ? 'accepted' : 'open' }],
      }),
      'POST /api/me/safety-plan/suggestions/s1/accept': () => {
        taken = true;
        return { body: plan(2, 'Tien minuten naar buiten') };
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Overnemen' }));
    await screen.findByText('Je hebt het voorstel overgenomen. Je plan is bewaard.');
    expect(screen.queryByRole('heading', { name: /stelt een wijziging voor/ })).toBeNull();
  });
});
