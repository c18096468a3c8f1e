import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface YesNoFieldProps {
  readonly label: string;
  readonly value: boolean | null;
  readonly onChange: (value: boolean) => void;
}

export function YesNoField({ label, value, onChange }: YesNoFieldProps) {
  const { t } = useTranslation('checkins');
  return (
    <Radio.Group
      label={label}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes')}
      styles={{ label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Group gap="xl" mt="xs">
        <Radio value="yes" label={t('common.yes')} size="md" />
        <Radio value="no" label={t('common.no')} size="md" />
      </Group>
    </Radio.Group>
  );
}
