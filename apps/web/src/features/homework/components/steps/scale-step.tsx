import { Stack } from '@mantine/core';
import { ScaleSlider } from '../../../../components/scale-slider/scale-slider';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';

export function ScaleStep({ step, answer, onChange }: StepInputProps<'scale'>) {
  return (
    <Stack gap="sm">
      <StepTitle title={step.title} />
      <ScaleSlider
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
