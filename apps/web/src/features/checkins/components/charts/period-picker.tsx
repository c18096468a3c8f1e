import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Period, PERIODS } from '../../../../lib/dates';

export function PeriodPicker({
  value,
  onChange,
}: {
  value: Period;
  onChange: (p: Period) => void;
}) {
  const { t } = useTranslation('checkins');
  const labelId = useId();
  return (
    <Stack gap={4} maw={440}>
      <Text id={labelId} size="sm" fw={600}>
        {t('period.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={(v) => onChange(PERIODS.find((p) => p === v) ?? '2w')}
        data={PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
      />
    </Stack>
  );
}
