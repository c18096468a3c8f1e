import { screen } from '@testing-library/react';
import { data } from 'react-router';
import { renderRoute } from '../../../testing/render-app';
import { RouteErrorPage } from './route-error-page';

function Broken(): never {
  throw new Error('boom');
}

describe('RouteErrorPage', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('says it is not the person’s fault, offers a retry and home, and shows help', async () => {
    renderRoute('/', {
      routes: [{ path: '/', Component: Broken, errorElement: <RouteErrorPage /> }],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' }),
    ).toBeVisible();
    expect(screen.getByText(/Dit ligt niet aan jou/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
  });

  it('shows the not-found message for a 404 thrown by a route', async () => {
    renderRoute('/', {
      routes: [
        {
          path: '/',
          loader: () => {
            throw data(null, { status: 404 });
          },
          Component: () => null,
          HydrateFallback: () => null,
          errorElement: <RouteErrorPage />,
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina kunnen we niet vinden' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  });
});
