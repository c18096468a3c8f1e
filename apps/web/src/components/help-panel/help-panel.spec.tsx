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

  it("shows the client's own practice next to the national lines, with a tappable number", () => {
    renderWithProviders(
      <HelpPanel
        practice={{
          name: 'Praktijk De Linde',
          phone: '030 123 45 67',
          crisisText: 'Op werkdagen bereikbaar.',
        }}
      />,
    );
    const contact = screen.getByTestId('practice-contact');
    expect(contact).toHaveTextContent('Jouw praktijk: Praktijk De Linde');
    expect(screen.getByText('Op werkdagen bereikbaar.')).toBeVisible();
    // The practice writes in Dutch: a Dutch voice reads it, whatever the interface language.
    expect(screen.getByText('Op werkdagen bereikbaar.')).toHaveAttribute('lang', 'nl');
    expect(screen.getByRole('link', { name: 'Bel de praktijk: 030 123 45 67' })).toHaveAttribute(
      'href',
      'tel:0301234567',
    );
  });

  it('keeps phone numbers whole, in the button and in the practice text, also in English', () => {
    renderWithProviders(
      <HelpPanel
        practice={{
          name: 'Praktijk De Linde',
          phone: '030 123 45 67',
          crisisText: 'Bel ons op 030 123 45 67, of de huisarts.',
        }}
      />,
      { locale: 'en' },
    );
    const whole = screen
      .getAllByText('030 123 45 67')
      .map((el) => ({ tag: el.tagName, className: el.className }));
    expect(whole).toEqual([
      { tag: 'SPAN', className: 'number' },
      { tag: 'SPAN', className: 'number' },
    ]);
    expect(screen.getByRole('link', { name: 'Call the practice: 030 123 45 67' })).toHaveAttribute(
      'href',
      'tel:0301234567',
    );
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
