import { Stack, Text, Textarea } from '@mantine/core';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

export function ReflectionStep({ step, answer, onChange }: StepInputProps<'reflection'>) {
  const { t } = useHomeworkTranslation();
  const value = answer ?? '';
  return (
    <Stack gap="sm">
      <StepTitle title={step.title} />
      <Textarea
        label={<span lang="nl">{step.prompt}</span>}
        description={step.hint}
        placeholder={step.placeholder}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        maxLength={step.maxLength}
        autosize
        minRows={5}
        styles={{ label: { fontWeight: 600, marginBottom: 4 } }}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
      />
      <Text size="xs" c="dimmed" ta="right" aria-hidden="true">
        {t('reflection.count', { count: value.length, max: step.maxLength })}
      </Text>
    </Stack>
  );
}
