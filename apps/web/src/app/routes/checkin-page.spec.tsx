import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../testing/render-app';
import { mockApi } from '../../features/checkins/testing/mock-api';
import { sampleCheckin } from '../../features/checkins/testing/sample-checkin';
import { ClientLayout } from '../layouts/client-layout';
import { CheckinPage } from './checkin-page';

const PRACTICE = {
  id: 'p1',
  name: 'Praktijk De Linde',
  phone: '030 123 45 67',
  crisisText: 'Buiten kantoortijd: bel de huisartsenpost.',
  version: 1,
};

function stubs(post: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/me/checkin-preferences': { body: { shareByDefault: false, showPrivateCount: false } },
    'GET /api/me/assignments': { body: [] },
    'GET /api/practice': { body: PRACTICE },
    'POST /api/me/checkins': post,
    'PATCH /api/me/checkins/k1': (body) => ({
      body: sampleCheckin({ ...(body as object), version: 2 }),
    }),
  });
}

const renderPage = () =>
  // In the client layout, as in the app: it brings the practice's crisis text.
  renderRoute('/mijn/check-in', {
    routes: [
      {
        path: '/mijn',
        Component: ClientLayout,
        children: [{ path: 'check-in', Component: CheckinPage }],
      },
    ],
  });

const saveButton = () => screen.findByRole('button', { name: 'Bewaren' });

beforeEach(() => window.sessionStorage.clear());

describe('CheckinPage', () => {
  it('shows calm help at once when a check-in signals danger: 113, 0800-0113, 113.nl, 112', async () => {
    const calls = stubs({
      status: 201,
      body: sampleCheckin({ safetyConcern: true, danger: true }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('radio', { name: 'Ja' }));
    await userEvent.click(await saveButton());

    const help = await screen.findByRole('dialog', { name: 'Je hoeft dit niet alleen te dragen' });
    const href = (name: string | RegExp) =>
      within(help).getByRole('link', { name }).getAttribute('href');
    expect(href('Bel 113 Zelfmoordpreventie')).toBe('tel:113');
    expect(href('Bel gratis 0800-0113')).toBe('tel:08000113');
    expect(href(/Chat via 113\.nl/)).toBe('https://www.113.nl');
    expect(href('Bel 112')).toBe('tel:112');
    expect(within(help).getByText(PRACTICE.crisisText)).toBeVisible();
    expect(within(help).getByText(/niet dag en nacht gelezen/)).toBeVisible();
    expect(within(help).getByText('5 dingen die je ziet')).toBeVisible();
    expect(calls.find((c) => c.route === 'POST /api/me/checkins')?.body).toMatchObject({
      safetyConcern: true,
      shared: false,
    });
  });

  it('keeps the idempotency key for a retry after a lost connection, and makes a new one after', async () => {
    const calls = stubs((_, n) => (n === 1 ? 'network' : { status: 201, body: sampleCheckin() }));
    renderPage();
    await userEvent.click(await saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is nu geen verbinding');
    await userEvent.click(await saveButton());
    await screen.findByRole('heading', { name: 'Dank je wel' });
    await userEvent.click(screen.getByRole('button', { name: 'Nog een check-in' }));
    await userEvent.click(await saveButton());
    await screen.findByRole('heading', { name: 'Dank je wel' });

    const keys = calls
      .filter((c) => c.route === 'POST /api/me/checkins')
      .map((c) => (c.body as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('sends what went out first when the form changed after a lost answer, then the change', async () => {
    const calls = stubs((_, n) => (n === 1 ? 'network' : { status: 201, body: sampleCheckin() }));
    renderPage();
    await userEvent.click(await saveButton());
    await screen.findByRole('alert');
    await userEvent.type(screen.getByLabelText(/Wil je nog iets kwijt/), 'Toch nog dit');
    await userEvent.click(await saveButton());
    await screen.findByRole('heading', { name: 'Dank je wel' });

    const posts = calls.filter((c) => c.route === 'POST /api/me/checkins');
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    const patch = calls.find((c) => c.route === 'PATCH /api/me/checkins/k1');
    expect(patch?.body).toMatchObject({ note: 'Toch nog dit', version: 1 });
  });

  it('still shows help when the safety answer is yes but the check-in could not be sent', async () => {
    stubs('network');
    renderPage();
    await userEvent.click(await screen.findByRole('radio', { name: 'Ja' }));
    await userEvent.click(await saveButton());
    const help = await screen.findByRole('dialog', { name: 'Je hoeft dit niet alleen te dragen' });
    expect(within(help).getByText(/nog niet verstuurd/)).toBeVisible();
    expect(within(help).getByRole('link', { name: 'Bel 113 Zelfmoordpreventie' })).toBeVisible();
  });
});
