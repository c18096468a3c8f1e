import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-app';
import { HelpPanel } from './help-panel';

describe('HelpPanel', () => {
  it('offers 113, 0800-0113, 113.nl and 112 as tappable links', () => {
    renderWithProviders(<HelpPanel />);
    const panel = screen.getByRole('region', { name: 'Heb je nu hulp nodig?' });
    const hrefs = within(panel)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:113', 'tel:08000113', 'https://www.113.nl', 'tel:112']);
    expect(within(panel).getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
    expect(within(panel).getByRole('link', { name: 'Bel gratis 0800-0113' })).toHaveAttribute(
      'href',
      'tel:08000113',
    );
    expect(within(panel).getByRole('link', { name: /^Chat via 113\.nl/ })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(within(panel).getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  });

  it('says plainly that what is written here is not read around the clock', () => {
    renderWithProviders(<HelpPanel />);
    expect(screen.getByText(/wordt niet dag en nacht gelezen/)).toBeVisible();
  });

  it('speaks English when English is chosen', () => {
    renderWithProviders(<HelpPanel />, { locale: 'en' });
    expect(screen.getByRole('region', { name: 'Do you need help right now?' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Call 0800-0113 for free' })).toHaveAttribute(
      'href',
      'tel:08000113',
    );
  });
});
