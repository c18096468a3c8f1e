import { Radio, Stack, Text } from '@mantine/core';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';
import { SelfTestOutcome } from './self-test-outcome';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';

/** Statements on one shared scale; skipping one is fine, the outcome then simply waits. */
export function SelfTestStep({ step, answer, onChange }: StepInputProps<'self-test'>) {
  const chosen = answer ?? {};
  const choose = (itemId: string, value: number) => onChange({ ...chosen, [itemId]: value });
  return (
    <Stack gap="md">
      <StepTitle title={step.title} />
      <Text fw={600} lang="nl">
        {step.prompt}
      </Text>
      {step.intro && <Text size="sm">{step.intro}</Text>}
      <Stack gap="lg" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {step.items.map((item, index) => (
          <li key={item.id}>
            <PlainFieldset legend={`${index + 1}. ${item.statement}`}>
              <Stack gap={6}>
                {step.answerOptions.map((option) => (
                  <Radio
                    key={option.value}
                    name={`self-test-${step.id}-${item.id}`}
                    value={String(option.value)}
                    label={option.label}
                    checked={chosen[item.id] === option.value}
                    onChange={() => choose(item.id, option.value)}
                  />
                ))}
              </Stack>
            </PlainFieldset>
          </li>
        ))}
      </Stack>
      <SelfTestOutcome step={step} answer={answer} />
    </Stack>
  );
}
