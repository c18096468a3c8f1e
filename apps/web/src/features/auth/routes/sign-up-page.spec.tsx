import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { callsTo, mockFetch } from '../testing/mock-fetch';

describe('SignUpPage', () => {
  it('names every empty field in Dutch and moves focus to the first one', async () => {
    const fetch = mockFetch({ 'GET /api/auth/me': { status: 401 } });
    renderRoute('/aanmelden');
    await userEvent.click(await screen.findByRole('button', { name: 'Account maken' }));

    const name = screen.getByLabelText('Je naam');
    expect(name).toHaveAccessibleDescription('Dit veld is nodig.');
    expect(name).toHaveFocus();
    expect(screen.getAllByText('Dit veld is nodig.')).toHaveLength(4);
    expect(fetch).not.toHaveBeenCalledWith('/api/auth/signup', expect.anything());
  });

  it("shows the API's refusals next to the right fields, in plain Dutch", async () => {
    mockFetch({
      'GET /api/auth/me': { status: 401 },
      'POST /api/auth/signup': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'x',
          fields: [{ field: 'password', constraint: 'notCommon', message: 'english' }],
        },
      },
    });
    renderRoute('/aanmelden');
    await userEvent.type(await screen.findByLabelText('Je naam'), 'Marieke');
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'marieke@example.nl');
    await userEvent.type(screen.getByLabelText('Wachtwoord', { exact: true }), 'password1234');
    await userEvent.type(screen.getByLabelText(/Naam van je praktijk/), 'De Linde');
    await userEvent.click(screen.getByRole('button', { name: 'Account maken' }));

    const password = screen.getByLabelText('Wachtwoord', { exact: true });
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Dit wachtwoord wordt heel vaak gebruikt'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Niet alles is goed ingevuld');
    expect(screen.queryByText('english')).not.toBeInTheDocument();

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
    await userEvent.type(
      screen.getByLabelText('Wachtwoord', { exact: true }),
      'een lange zin als wachtwoord',
    );
    await userEvent.type(screen.getByLabelText(/Naam van je praktijk/), 'De Linde');
    await userEvent.click(screen.getByRole('button', { name: 'Account maken' }));

    await screen.findByRole('heading', { level: 1, name: 'Kijk in je mail' });
    expect(screen.getByRole('status')).toHaveTextContent('marieke@example.nl');
    expect(callsTo(fetch, 'POST /api/auth/signup')).toHaveLength(1);
  });
});
