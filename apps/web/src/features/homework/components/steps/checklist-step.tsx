import { Checkbox, Stack } from '@mantine/core';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';

export function ChecklistStep({ step, answer, onChange }: StepInputProps<'checklist'>) {
  const ticked = answer ?? [];
  const toggle = (id: string, on: boolean) => {
    const next = step.items.map((i) => i.id).filter((i) => (i === id ? on : ticked.includes(i)));
    onChange(next.length > 0 ? next : null);
  };
  return (
    <Stack gap="sm">
      <StepTitle title={step.title} />
      <PlainFieldset legend={<span lang="nl">{step.prompt}</span>} description={step.hint}>
        <Stack gap="sm">
          {step.items.map((item) => (
            <Checkbox
              key={item.id}
              label={item.label}
              checked={ticked.includes(item.id)}
              onChange={(event) => toggle(item.id, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </PlainFieldset>
    </Stack>
  );
}
