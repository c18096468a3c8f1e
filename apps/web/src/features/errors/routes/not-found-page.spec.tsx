import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../testing/render-app';

describe('NotFoundPage', () => {
  it('answers an unknown address kindly, with a way home and help', async () => {
    renderRoute('/deze-pagina-bestaat-niet');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina kunnen we niet vinden' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Pagina niet gevonden – Oefenruimte');

    const footer = screen.getByRole('contentinfo');
    const help = within(footer).getByRole('region', { name: 'Heb je nu hulp nodig?' });
    expect(within(help).getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
    expect(within(help).getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  });

  it('keeps the landmarks and the skip link', async () => {
    renderRoute('/nergens');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toHaveAttribute(
      'href',
      '#main-content',
    );
  });
});
