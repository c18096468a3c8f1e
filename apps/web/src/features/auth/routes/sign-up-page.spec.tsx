import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { callsTo, mockFetch } from '../testing/mock-fetch';

describe('SignUpPage and ConfirmSignUpPage', () => {
  it('names every empty field in Dutch and moves focus to the first one', async () => {
    const fetch = mockFetch({ 'GET /api/auth/me': { status: 401 } });
    renderRoute('/aanmelden');
    await userEvent.click(await screen.findByRole('button', { name: 'Account maken' }));

    const name = screen.getByLabelText('Je naam');
    expect(name).toHaveAccessibleDescription('Dit veld is nodig.');
    expect(name).toHaveFocus();
    expect(screen.getAllByText('Dit veld is nodig.')).toHaveLength(3);
    // The password is chosen once the address is confirmed, not here.
    expect(screen.queryByLabelText('Wachtwoord', { exact: true })).not.toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalledWith('/api/auth/signup', expect.anything());
  });

  it("asks the password at confirmation, and shows the API's refusals next to it in plain Dutch", async () => {
    const fetch = mockFetch({
      'GET /api/auth/me': { status: 401 },
      'POST /api/auth/signup/confirm': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'x',
          fields: [{ field: 'password', constraint: 'notCommon', message: 'english' }],
        },
      },
    });
    renderRoute('/aanmelden/bevestigen#dit-is-de-token-uit-de-mail-0001');
    const password = await screen.findByLabelText('Wachtwoord', { exact: true });
    await userEvent.click(screen.getByRole('button', { name: 'Account maken' }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Dit veld is nodig.'));
    expect(callsTo(fetch, 'POST /api/auth/signup/confirm')).toHaveLength(0);

    await userEvent.type(password, 'password1234');
    await userEvent.click(screen.getByRole('button', { name: 'Account maken' }));
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Dit wachtwoord wordt heel vaak gebruikt'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Niet alles is goed ingevuld');
    expect(screen.queryByText('english')).not.toBeInTheDocument();
    const [, init] = callsTo(fetch, 'POST /api/auth/signup/confirm')[0] as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      token: 'dit-is-de-token-uit-de-mail-0001',
      password: 'password1234',
    });

    // Typing again takes the message away: nobody is scolded for what they are fixing.
    await userEvent.type(password, '!');
    expect(password).not.toHaveAccessibleDescription(expect.stringContaining('heel vaak'));
  });

  it('answers every address the same way: look in your mail (no account, no login yet)', async () => {
    const fetch = mockFetch({
      'GET /api/auth/me': { status: 401 },
      'POST /api/auth/signup': { status: 202 },
    });
    renderRoute('/aanmelden');
    await userEvent.type(await screen.findByLabelText('Je naam'), 'Marieke');
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'marieke@example.nl');
    await userEvent.type(screen.getByLabelText(/Naam van je praktijk/), 'De Linde');
    await userEvent.click(screen.getByRole('button', { name: 'Account maken' }));

    await screen.findByRole('heading', { level: 1, name: 'Kijk in je mail' });
    expect(screen.getByRole('status')).toHaveTextContent('marieke@example.nl');
    expect(callsTo(fetch, 'POST /api/auth/signup')).toHaveLength(1);
  });
});
