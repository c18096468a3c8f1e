import { findBuiltInModule, type ModuleAnswers } from '@oefenruimte/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../../testing/render-app';
import { defaultShare } from '../../utils/share-defaults';
import { SharePreview } from './share-preview';
import { ShareToggles } from './share-toggles';

const ontwennen = findBuiltInModule('ontwennen')!;
const answers: ModuleAnswers = {
  'mijn-gedachten': 'Misschien overdrijf ik.',
  feiten: [{ id: 'entry-0001', fields: { 'wat-gebeurde-er': 'Hij las mijn berichten.' } }],
};

function Review() {
  const [share, setShare] = useState(() => defaultShare(ontwennen, answers));
  const [discuss, setDiscuss] = useState<string[]>([]);
  return (
    <>
      <ShareToggles
        content={ontwennen}
        answers={answers}
        share={share}
        discuss={discuss}
        onChange={(s, d) => {
          setShare(s);
          setDiscuss(d);
        }}
      />
      <SharePreview content={ontwennen} answers={answers} share={share} discuss={discuss} />
    </>
  );
}

function preview() {
  return screen.getByRole('heading', { name: 'Dit ziet je therapeut' })
    .parentElement as HTMLElement;
}

describe('choosing what to share', () => {
  it('starts with nothing shared, shares all but FEITEN in one tap, and previews exactly that', async () => {
    renderWithProviders(<Review />);
    for (const share of screen.getAllByRole('switch')) expect(share).not.toBeChecked();
    expect(within(preview()).queryByText('Misschien overdrijf ik.')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Alles delen' }));
    expect(
      screen.getByRole('switch', { name: 'Deel met je therapeut: Jouw gedachten' }),
    ).toBeChecked();
    expect(within(preview()).getByText('Misschien overdrijf ik.')).toBeVisible();
    expect(within(preview()).queryByText('Hij las mijn berichten.')).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Deel met je therapeut: FEITEN' })).not.toBeChecked();

    await userEvent.click(screen.getByRole('switch', { name: 'Deel met je therapeut: FEITEN' }));
    expect(within(preview()).getByText('Hij las mijn berichten.')).toBeVisible();

    await userEvent.click(screen.getByRole('switch', { name: 'Wil ik bespreken: Jouw gedachten' }));
    expect(within(preview()).getByText('Wil ik bespreken')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Niets delen' }));
    expect(within(preview()).getByText(/Je deelt niets/)).toBeVisible();
  });
});
