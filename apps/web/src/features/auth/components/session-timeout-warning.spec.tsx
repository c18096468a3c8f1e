import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { AppProviders } from '../../../app/providers';
import { createQueryClient } from '../../../app/query-client';
import { createI18n } from '../../../components/i18n/create-i18n';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';
import type { LoginPageState } from '../api/log-out';
import { testMe } from '../testing/me';
import { callsTo, mockFetch } from '../testing/mock-fetch';
import { SessionTimeoutWarning } from './session-timeout-warning';

const START = Date.parse('2026-11-21T10:00:00Z');
const MINUTE = 60_000;

function LoginStub() {
  const state = useLocation().state as LoginPageState | null;
  return <p>login page: {state?.reason}</p>;
}

/** A logged-in page whose session ends in `idleMinutes`, with the warning mounted. */
function renderWarning(idleMinutes: number) {
  const me = testMe({}, START);
  const shortSession = {
    ...me,
    session: { ...me.session, idleExpiresAt: new Date(START + idleMinutes * MINUTE).toISOString() },
  };
  const queryClient = createQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, shortSession);
  const router = createMemoryRouter(
    [
      { path: '/praktijk', element: <SessionTimeoutWarning /> },
      { path: '/inloggen', element: <LoginStub /> },
    ],
    { initialEntries: ['/praktijk'] },
  );
  render(
    <AppProviders i18n={createI18n('nl')} queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { me: shortSession, router };
}

/** Lets time pass in one-second steps, with promises (fetch, React Query) settling in between. */
async function pass(ms: number) {
  for (let done = 0; done < ms; done += 1000) {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
  }
}

describe('SessionTimeoutWarning', () => {
  beforeEach(() => jest.useFakeTimers({ now: START }));
  afterEach(() => jest.useRealTimers());

  it('stays quiet until two minutes before the end, then asks calmly with a countdown', async () => {
    const { me } = renderWarning(5);
    mockFetch({ 'GET /api/auth/me': { status: 200, body: me } });
    await pass(2 * MINUTE);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await pass(MINUTE + 2000);
    const dialog = await screen.findByRole('dialog', { name: 'Je wordt zo uitgelogd' });
    expect(dialog).toHaveTextContent(/Nog 1:5\d/);
    expect(screen.getByRole('button', { name: 'Ingelogd blijven' })).toHaveFocus();
  });

  it('"Ingelogd blijven" extends the session and closes the question', async () => {
    const { me } = renderWarning(3);
    const extended = {
      ...me,
      session: { ...me.session, idleExpiresAt: new Date(START + 40 * MINUTE).toISOString() },
    };
    const fetch = mockFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'POST /api/auth/keep-alive': { status: 200, body: extended },
    });
    await pass(MINUTE + 2000);
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(await screen.findByRole('button', { name: 'Ingelogd blijven' }));
    await pass(1000);

    expect(callsTo(fetch, 'POST /api/auth/keep-alive')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not warn when work in another tab already extended the session', async () => {
    const { me } = renderWarning(3);
    const extended = {
      ...me,
      session: { ...me.session, idleExpiresAt: new Date(START + 30 * MINUTE).toISOString() },
    };
    const fetch = mockFetch({ 'GET /api/auth/me': { status: 200, body: extended } });
    await pass(MINUTE + 5000);

    expect(callsTo(fetch, 'GET /api/auth/me').length).toBeGreaterThanOrEqual(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('at the end goes to the login page with a gentle note, and ends the session', async () => {
    const { me, router } = renderWarning(3);
    const fetch = mockFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'POST /api/auth/logout': { status: 204 },
    });
    await pass(3 * MINUTE + 2000);

    expect(await screen.findByText('login page: expired')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?terug=%2Fpraktijk');
    expect(callsTo(fetch, 'POST /api/auth/logout')).toHaveLength(1);
  });
});
