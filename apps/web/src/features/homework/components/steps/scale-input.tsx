import { Button, Group, Slider, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ScaleInputProps {
  readonly label: string;
  readonly description?: string;
  readonly min: number;
  readonly max: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
  readonly value: number | null | undefined;
  readonly onChange: (value: number | null) => void;
}

/**
 * A whole number on a labelled scale: a slider (arrow keys, Home, End) with the chosen value in
 * words next to it and both ends named. Not answering is fine; a chosen value can be cleared.
 */
export function ScaleInput(props: ScaleInputProps) {
  const { label, description, min, max, minLabel, maxLabel, value, onChange } = props;
  const { t } = useHomeworkTranslation();
  const labelId = useId();
  const chosen = typeof value === 'number';
  const valueText = (v: number) =>
    chosen ? t('scale.valueText', { value: v, min, max }) : t('scale.notChosen');
  return (
    <Stack gap={6} role="group" aria-labelledby={labelId}>
      <Text id={labelId} fw={600} lang="nl">
        {label}
      </Text>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      <Group justify="space-between" wrap="nowrap">
        <Text
          size="sm"
          aria-hidden="true"
          fw={chosen ? 600 : 400}
          c={chosen ? undefined : 'dimmed'}
        >
          {chosen ? t('scale.chosen', { value }) : t('scale.notChosen')}
        </Text>
        {chosen && (
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(null)}>
            {t('scale.clear')}
          </Button>
        )}
      </Group>
      <Slider
        min={min}
        max={max}
        step={1}
        value={chosen ? value : min}
        onChange={onChange}
        color={chosen ? undefined : 'stone.4'}
        thumbLabel={label}
        thumbValueText={valueText}
        label={null}
        marks={[
          { value: min, label: String(min) },
          { value: max, label: String(max) },
        ]}
        mb="lg"
        mx={8}
      />
      {(minLabel || maxLabel) && (
        <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
          <Text size="sm" c="dimmed">
            {minLabel && t('scale.end', { value: min, label: minLabel })}
          </Text>
          <Text size="sm" c="dimmed" ta="right">
            {maxLabel && t('scale.end', { value: max, label: maxLabel })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
