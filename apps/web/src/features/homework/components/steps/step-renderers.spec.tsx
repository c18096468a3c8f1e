import type { ChoiceStep, ModuleStep, RepeatingListStep, ScaleStep } from '@oefenruimte/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../../testing/render-app';
import { StepView } from './step-view';

/** Renders a step with real state, so the test types and clicks like a person. */
function Harness({ step, onAnswer }: { step: ModuleStep; onAnswer: (a: unknown) => void }) {
  const [answer, setAnswer] = useState<unknown>(null);
  return (
    <StepView
      step={step}
      answer={answer as never}
      onChange={(next) => {
        setAnswer(next);
        onAnswer(next);
      }}
    />
  );
}

function renderStep(step: ModuleStep) {
  const onAnswer = jest.fn();
  renderWithProviders(<Harness step={step} onAnswer={onAnswer} />);
  return onAnswer;
}

const scale: ScaleStep = {
  id: 'spanning',
  kind: 'scale',
  prompt: 'Hoeveel spanning voel je?',
  min: 0,
  max: 10,
  minLabel: 'geen',
  maxLabel: 'heel veel',
};

describe('step renderers', () => {
  it('scale: works with the keyboard, names both ends and shows the chosen value', () => {
    const onAnswer = renderStep(scale);
    const slider = screen.getByRole('slider', { name: 'Hoeveel spanning voel je?' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Nog niet gekozen');
    expect(screen.getByText('0 = geen')).toBeVisible();
    expect(screen.getByText('10 = heel veel')).toBeVisible();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onAnswer).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(onAnswer).toHaveBeenLastCalledWith(10);
    expect(screen.getByText('Jouw keuze: 10')).toBeVisible();
    expect(slider).toHaveAttribute('aria-valuetext', '10 van 0 tot 10');
  });

  it('scale: a chosen value can be cleared, since no question is required', async () => {
    const onAnswer = renderStep(scale);
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' });
    await userEvent.click(screen.getByRole('button', { name: 'Keuze wissen' }));
    expect(onAnswer).toHaveBeenLastCalledWith(null);
  });

  const choice: ChoiceStep = {
    id: 'wanneer',
    kind: 'choice',
    prompt: 'Wanneer trekt het?',
    multiple: true,
    options: [
      { id: 'avond', label: "'s Avonds" },
      { id: 'moe', label: 'Als ik moe ben' },
    ],
    allowOther: true,
    otherLabel: 'Een ander moment',
  };

  it('choice: a fieldset named by the question; choices keep their order; an own answer', async () => {
    const onAnswer = renderStep(choice);
    const group = screen.getByRole('group', { name: 'Wanneer trekt het?' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Als ik moe ben' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: "'s Avonds" }));
    expect(onAnswer).toHaveBeenLastCalledWith({ selected: ['avond', 'moe'] });
    await userEvent.type(within(group).getByRole('textbox', { name: 'Een ander moment' }), 'x');
    expect(onAnswer).toHaveBeenLastCalledWith({ selected: ['avond', 'moe'], other: 'x' });
    await userEvent.click(within(group).getByRole('checkbox', { name: "'s Avonds" }));
    expect(onAnswer).toHaveBeenLastCalledWith({ selected: ['moe'], other: 'x' });
  });

  it('choice: one option at a time, and the choice can be cleared', async () => {
    const onAnswer = renderStep({
      ...choice,
      multiple: false,
      allowOther: false,
      otherLabel: undefined,
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Als ik moe ben' }));
    await userEvent.click(screen.getByRole('radio', { name: "'s Avonds" }));
    expect(onAnswer).toHaveBeenLastCalledWith({ selected: ['avond'] });
    await userEvent.click(screen.getByRole('button', { name: 'Keuze wissen' }));
    expect(onAnswer).toHaveBeenLastCalledWith(null);
  });

  const list: RepeatingListStep = {
    id: 'feiten',
    kind: 'repeating-list',
    title: 'FEITEN',
    prompt: 'Schrijf steeds één gebeurtenis op.',
    itemLabel: 'Gebeurtenis',
    fields: [
      { id: 'wat', label: 'Wat gebeurde er?', kind: 'textarea' },
      { id: 'hoe-erg', label: 'Hoe erg was het?', kind: 'scale', min: 0, max: 10 },
    ],
    maxItems: 2,
    privateByDefault: true,
  };

  it('repeating list: add entries, fill them, remove one only after confirming', async () => {
    const onAnswer = renderStep(list);
    expect(screen.getByText('Deze lijst is standaard alleen voor jou')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '+ Nog een gebeurtenis toevoegen' }));
    const first = screen.getByRole('group', { name: 'Gebeurtenis 1' });
    expect(within(first).getByRole('textbox', { name: 'Wat gebeurde er?' })).toHaveFocus();
    await userEvent.keyboard('Hij las mijn berichten');
    await userEvent.click(screen.getByRole('button', { name: '+ Nog een gebeurtenis toevoegen' }));
    expect(
      screen.getByText('Deze lijst is vol (2). Je kunt iets aanpassen of verwijderen.'),
    ).toBeVisible();
    const entries = onAnswer.mock.lastCall?.[0] as { id: string; fields: object }[];
    expect(entries).toHaveLength(2);
    expect(entries[0]?.fields).toEqual({ wat: 'Hij las mijn berichten' });
    expect(entries[0]?.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    await userEvent.click(screen.getByRole('button', { name: 'Gebeurtenis 1 verwijderen' }));
    expect(onAnswer.mock.lastCall?.[0]).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(onAnswer.mock.lastCall?.[0]).toEqual([{ id: entries[1]?.id, fields: {} }]);
    expect(screen.queryByText('Hij las mijn berichten')).not.toBeInTheDocument();
  });

  it('explanation: rich text as text, never as HTML', () => {
    renderStep({
      id: 'uitleg',
      kind: 'explanation',
      title: 'Uitleg',
      body: 'Dit is **vet**.\n\n- een <b>punt</b>',
    });
    expect(screen.getByText('vet').tagName).toBe('STRONG');
    expect(screen.getByText('een <b>punt</b>')).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
  });
});
