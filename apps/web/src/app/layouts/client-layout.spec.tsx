import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../testing/render-app';
import { ClientLayout } from './client-layout';

function Page() {
  return <h1>Vandaag</h1>;
}

describe('ClientLayout', () => {
  it('shows help on every client screen and adds no empty menu', async () => {
    renderRoute('/vandaag', {
      routes: [{ Component: ClientLayout, children: [{ path: '/vandaag', Component: Page }] }],
    });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('heading', { name: 'Vandaag' })).toBeVisible();
    expect(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Bel 112' }),
    ).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: 'Hulp' })).toHaveAttribute('href', '#hulp');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('marks the current page in its menu once pages exist', async () => {
    renderRoute('/vandaag', {
      routes: [
        {
          element: <ClientLayout navItems={[{ to: '/vandaag', labelKey: 'app.name' }]} />,
          children: [{ path: '/vandaag', Component: Page }],
        },
      ],
    });

    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Oefenruimte' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it("keeps the account pages behind one button in the phone's top bar, closed until asked", async () => {
    function Other() {
      return <h1>Herinneringen</h1>;
    }
    renderRoute('/vandaag', {
      routes: [
        {
          element: (
            <ClientLayout
              navItems={[
                { to: '/vandaag', labelKey: 'nav.clientHome' },
                { to: '/herinneringen', labelKey: 'nav.reminders', secondary: true },
                { to: '/gegevens', labelKey: 'nav.myData', secondary: true },
              ]}
            />
          ),
          children: [
            { path: '/vandaag', Component: Page },
            { path: '/herinneringen', Component: Other },
          ],
        },
      ],
    });

    const bar = await screen.findByRole('navigation', { name: 'Meer' });
    const toggle = within(bar).getByRole('button', { name: 'Meer' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(bar).queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(bar).getByRole('link', { name: 'Jouw gegevens' })).toBeVisible();

    // Escape closes it and gives the focus back to the button.
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    // Following a link closes the list on the page it leads to.
    await userEvent.click(toggle);
    await userEvent.click(within(bar).getByRole('link', { name: 'Herinneringen' }));
    expect(await screen.findByRole('heading', { name: 'Herinneringen' })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(bar).queryByRole('link')).not.toBeInTheDocument();
  });
});
