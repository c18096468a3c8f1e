import { Stack, Title } from '@mantine/core';
import type { ExplanationStep as Step } from '@oefenruimte/shared';
import { RichText } from '../common/rich-text';

export function ExplanationStep({ step }: { step: Step }) {
  return (
    <Stack gap="xs">
      <Title order={2}>{step.title}</Title>
      <div>
        <RichText source={step.body} />
      </div>
    </Stack>
  );
}
