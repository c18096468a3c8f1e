import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../testing/render-app';
import { LoginPage } from '../../features/auth/routes/login-page';
import { testMe } from '../../features/auth/testing/me';
import { callsTo, mockFetch } from '../../features/auth/testing/mock-fetch';
import { TherapistLayout } from './therapist-layout';

function Page() {
  return <h1>Cliënten</h1>;
}

describe('TherapistLayout', () => {
  it('logs out: ends the session, says so kindly, and forgets who was logged in', async () => {
    let loggedIn = true;
    const fetch = mockFetch({
      'GET /api/auth/me': () => (loggedIn ? { status: 200, body: testMe() } : { status: 401 }),
      'POST /api/auth/logout': () => {
        loggedIn = false;
        return { status: 204 };
      },
    });
    renderRoute('/praktijk', {
      routes: [
        {
          element: (
            <TherapistLayout navItems={[{ to: '/praktijk', labelKey: 'nav.therapistHome' }]} />
          ),
          children: [{ path: '/praktijk', Component: Page }],
        },
        { path: '/inloggen', Component: LoginPage },
      ],
    });

    const nav = await screen.findByRole('navigation', { name: 'Praktijkmenu' });
    await userEvent.click(within(nav).getByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByText('Je bent uitgelogd. Tot een volgende keer.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
    expect(callsTo(fetch, 'POST /api/auth/logout')).toHaveLength(1);
    // Still on the login page, not sent straight back in with a cached account.
    await waitFor(() => expect(screen.getByLabelText('E-mailadres')).toBeVisible());
  });
});
