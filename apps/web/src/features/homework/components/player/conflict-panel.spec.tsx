import { findBuiltInModule } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../../testing/render-app';
import { ConflictPanel } from './conflict-panel';

const ontwennen = findBuiltInModule('ontwennen')!;

describe('ConflictPanel', () => {
  it('shows both versions of each differing answer and saves the choice per answer', async () => {
    const onResolve = jest.fn();
    renderWithProviders(
      <ConflictPanel
        content={ontwennen}
        conflicts={[
          {
            stepId: 'mijn-gedachten',
            mine: 'Geschreven op mijn telefoon',
            theirs: 'Geschreven op de laptop',
          },
          { stepId: 'bronnen-van-rust', mine: ['muziek'], theirs: ['natuur', 'bewegen'] },
        ]}
        onResolve={onResolve}
      />,
    );
    const thoughts = screen.getByRole('group', { name: 'Jouw gedachten' });
    expect(within(thoughts).getByText('Geschreven op mijn telefoon')).toBeVisible();
    expect(within(thoughts).getByText('Geschreven op de laptop')).toBeVisible();
    const sources = screen.getByRole('group', { name: 'Nieuwe bronnen van rust' });
    expect(within(sources).getByText('Muziek luisteren of zelf muziek maken')).toBeVisible();
    expect(within(sources).getByText('Tijd in de natuur of bij dieren')).toBeVisible();

    // Mine is chosen until the client picks the other version.
    expect(within(thoughts).getByRole('radio', { name: 'Wat ik hier schreef' })).toBeChecked();
    await userEvent.click(within(sources).getByRole('radio', { name: 'Wat elders bewaard is' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mijn keuze bewaren' }));
    expect(onResolve).toHaveBeenCalledWith({
      'mijn-gedachten': 'mine',
      'bronnen-van-rust': 'theirs',
    });
  });
});
