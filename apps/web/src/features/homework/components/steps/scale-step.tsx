import { Stack } from '@mantine/core';
import { ScaleInput } from './scale-input';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';

export function ScaleStep({ step, answer, onChange }: StepInputProps<'scale'>) {
  return (
    <Stack gap="sm">
      <StepTitle title={step.title} />
      <ScaleInput
        label={step.prompt}
        description={step.hint}
        min={step.min}
        max={step.max}
        minLabel={step.minLabel}
        maxLabel={step.maxLabel}
        value={answer}
        onChange={onChange}
      />
    </Stack>
  );
}
