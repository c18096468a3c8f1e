import { screen, within } from '@testing-library/react';
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
});
