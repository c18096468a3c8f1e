import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-app';
import { PracticeContactProvider } from './help-contact';
import { DialogHelp } from './help-panel';

describe('DialogHelp', () => {
  it("puts 113 first in a dialog, and the other lines with the practice's text one tap away", async () => {
    renderWithProviders(
      <PracticeContactProvider
        practice={{ name: 'Praktijk De Linde', phone: '030 123 45 67', crisisText: 'Bel ons.' }}
      >
        <DialogHelp>
          <p>Een oefening</p>
        </DialogHelp>
      </PracticeContactProvider>,
    );
    const [first] = screen.getAllByRole('link');
    expect(first).toHaveAttribute('href', 'tel:113');
    await userEvent.click(screen.getByRole('link', { name: 'Meer hulp, en je praktijk' }));
    const section = screen.getByRole('region', { name: 'Hulp, dag en nacht' });
    expect(section).toHaveFocus();
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['tel:113', 'tel:08000113', 'https://www.113.nl', 'tel:112', 'tel:0301234567']);
    expect(within(section).getByText('Bel ons.')).toBeVisible();
  });
});
