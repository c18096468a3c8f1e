import type { OverviewClient } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { mockApi } from '../testing/mock-api';
import { OverviewPage } from './overview-page';

const base: Omit<OverviewClient, 'clientId' | 'name'> = {
  reasons: [],
  unseenSafety: [],
  questionnaireSafety: 0,
  newCheckins: 0,
  newResponses: 0,
  overdueAssignments: 0,
  discussItems: 0,
  tensionRecent: null,
  tensionBefore: null,
  lastSharedAt: null,
  planPhase: null,
};

const OVERVIEW: OverviewClient[] = [
  { ...base, clientId: 'y', name: 'Youssef', reasons: ['new-checkins'], newCheckins: 2 },
  {
    ...base,
    clientId: 's',
    name: 'Sanne',
    reasons: ['safety', 'rising-tension'],
    unseenSafety: [{ checkinId: 'k9', day: '2026-11-21', createdAt: '2026-11-21T10:00:00Z' }],
    tensionRecent: 7,
    tensionBefore: 3,
  },
  { ...base, clientId: 'a', name: 'Anna' },
];

const renderPage = () =>
  renderRoute('/praktijk/overzicht', {
    routes: [{ path: '/praktijk/overzicht', Component: OverviewPage }],
  });

describe('OverviewPage', () => {
  it('lists clients by need, with the safety signal on top and short labels', async () => {
    const calls = mockApi({
      'GET /api/overview': { body: OVERVIEW },
      'POST /api/clients/s/checkins/k9/seen': { status: 204 },
    });
    renderPage();
    const rows = await screen.findAllByRole('listitem');
    const cards = rows.filter((row) => row.hasAttribute('data-client-id'));
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Sanne',
      'Youssef',
      'Anna',
    ]);
    const sanne = cards[0]!;
    expect(within(sanne).getByText(/Veiligheidssignaal in de check-in van/)).toBeVisible();
    expect(within(sanne).getByText('Veiligheid: 1')).toBeVisible();
    expect(within(sanne).getByText('Spanning stijgt')).toBeVisible();
    expect(within(sanne).getByText('gem. spanning 7 (was 3)')).toBeVisible();
    expect(within(sanne).getByRole('link', { name: 'Bekijk check-in' })).toHaveAttribute(
      'href',
      '/praktijk/clienten/s/check-ins#checkin-k9',
    );
    expect(within(cards[1]!).getByText('Nieuwe check-ins: 2')).toBeVisible();
    expect(within(cards[2]!).getByText('Niets nieuws')).toBeVisible();

    await userEvent.click(within(sanne).getByRole('button', { name: 'Gezien' }));
    expect(calls.some((c) => c.route === 'POST /api/clients/s/checkins/k9/seen')).toBe(true);
  });

  it('says kindly when there are no clients yet', async () => {
    mockApi({ 'GET /api/overview': { body: [] } });
    renderPage();
    expect(await screen.findByText(/Je hebt nog geen cliënten/)).toBeVisible();
  });
});
