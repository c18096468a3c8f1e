import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render-app';
import { testMe } from '../testing/me';
import { mockFetch } from '../testing/mock-fetch';

describe('SecondFactorPage', () => {
  it('says in Dutch at what time the person may try again after too many wrong codes', async () => {
    mockFetch({
      'GET /api/auth/me': {
        status: 200,
        body: testMe({ secondFactor: { enrolled: true, verified: false, required: true } }),
      },
      'POST /api/auth/second-factor': {
        status: 429,
        headers: { 'retry-after': '900' },
        body: { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'x' },
      },
    });
    renderRoute('/inloggen/code');
    await userEvent.type(await screen.findByLabelText('Code uit je app'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Te veel pogingen achter elkaar\. Je kunt het om (\d\d):(\d\d) opnieuw proberen\.$/,
    );
    // About a quarter of an hour from now (the Retry-After of 900 seconds).
    const [, hours, minutes] = /om (\d\d):(\d\d)/.exec(alert.textContent ?? '')!;
    const at = new Date();
    at.setHours(Number(hours), Number(minutes), 0, 0);
    const ahead = (at.getTime() - Date.now() + 24 * 3600_000) % (24 * 3600_000);
    expect(ahead).toBeGreaterThan(13 * 60_000);
    expect(ahead).toBeLessThan(16 * 60_000);
  });
});
