import { Button, Group, Slider, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ScaleSliderProps {
  readonly label: string;
  readonly description?: string;
  readonly min: number;
  readonly max: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
  readonly value: number | null | undefined;
  readonly onChange: (value: number | null) => void;
  /** Where the thumb rests while nothing is chosen (default: `min`). */
  readonly restAt?: number;
}

/**
 * A whole number on a labelled scale (the check-in's 0–10, a homework step's own): a slider
 * (arrow keys, Home, End) with the chosen value in words and both ends named. Untouched it
 * stays "not chosen" (grey); a choice can be cleared again.
 */
export function ScaleSlider(props: ScaleSliderProps) {
  const { label, description, min, max, minLabel, maxLabel, value, onChange } = props;
  const { t } = useTranslation();
  const labelId = useId();
  const chosen = typeof value === 'number';
  const end = (at: number, name: string | undefined) =>
    name ? t('scale.end', { value: at, label: name }) : String(at);
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Text id={labelId} fw={600}>
        {label}
      </Text>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      {/* The value on its own line, so a long question keeps the phone's full width. */}
      <Group justify="space-between" wrap="nowrap" gap="xs" mih={30}>
        <Text size="sm" fw={chosen ? 700 : 400} c={chosen ? undefined : 'dimmed'} aria-hidden>
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
        value={chosen ? value : (props.restAt ?? min)}
        onChange={onChange}
        color={chosen ? undefined : 'stone.4'}
        thumbLabel={label}
        thumbValueText={(v) =>
          chosen ? t('scale.valueText', { value: v, min, max }) : t('scale.notChosen')
        }
        label={null}
        size="lg"
        thumbSize={28}
        mx={14}
        my={6}
      />
      <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
        <Text size="sm" c="dimmed">
          {end(min, minLabel)}
        </Text>
        <Text size="sm" c="dimmed" ta="right">
          {end(max, maxLabel)}
        </Text>
      </Group>
    </Stack>
  );
}
