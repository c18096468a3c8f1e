import { Button, Group, Slider, Stack, Text } from '@mantine/core';
import { CHECKIN_SCALE } from '@oefenruimte/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ScaleFieldProps {
  readonly label: string;
  readonly minLabel: string;
  readonly maxLabel: string;
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

/**
 * A 0–10 slider (arrow keys, Home, End) with the chosen value in words and both ends named.
 * Untouched it stays "not chosen" (grey); a choice can be cleared again.
 */
export function ScaleField({ label, minLabel, maxLabel, value, onChange }: ScaleFieldProps) {
  const { t } = useTranslation('checkins');
  const labelId = useId();
  const chosen = value !== null;
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text id={labelId} fw={600}>
          {label}
        </Text>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Text size="sm" fw={chosen ? 700 : 400} c={chosen ? undefined : 'dimmed'} aria-hidden>
            {chosen ? t('scale.chosen', { value }) : t('scale.notChosen')}
          </Text>
          {chosen && (
            <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
              {t('scale.clear')}
            </Button>
          )}
        </Group>
      </Group>
      <Slider
        min={CHECKIN_SCALE.min}
        max={CHECKIN_SCALE.max}
        step={1}
        value={value ?? 5}
        onChange={onChange}
        color={chosen ? undefined : 'stone.4'}
        thumbLabel={label}
        thumbValueText={(v) =>
          chosen ? t('scale.valueText', { value: v, max: CHECKIN_SCALE.max }) : t('scale.notChosen')
        }
        label={null}
        size="lg"
        thumbSize={28}
        mx={14}
        my={6}
      />
      <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('scale.end', { value: CHECKIN_SCALE.min, label: minLabel })}
        </Text>
        <Text size="sm" c="dimmed" ta="right">
          {t('scale.end', { value: CHECKIN_SCALE.max, label: maxLabel })}
        </Text>
      </Group>
    </Stack>
  );
}
