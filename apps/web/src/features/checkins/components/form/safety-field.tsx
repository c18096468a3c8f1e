import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SafetyAnswer } from '../../lib/checkin-values';

const ANSWERS = [
  ['ja', 'form.safetyYes'],
  ['nee', 'form.safetyNo'],
  ['liever-niet', 'form.safetySkip'],
] as const;

interface SafetyFieldProps {
  readonly value: SafetyAnswer | null;
  readonly onChange: (value: SafetyAnswer) => void;
}

/** Asked of everyone, every time, so nobody feels singled out; "liever niet zeggen" is a fine answer. */
export function SafetyField({ value, onChange }: SafetyFieldProps) {
  const { t } = useTranslation('checkins');
  return (
    <Radio.Group
      value={value ?? ''}
      onChange={(v) => {
        const answer = ANSWERS.find(([a]) => a === v);
        if (answer) onChange(answer[0]);
      }}
      label={t('form.safety')}
      description={t('form.safetyIntro')}
      styles={{ label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="xs" mt="xs">
        {ANSWERS.map(([answer, key]) => (
          <Radio.Card key={answer} value={answer} radius="md" p="sm">
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator />
              <Text fw={600}>{t(key)}</Text>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
