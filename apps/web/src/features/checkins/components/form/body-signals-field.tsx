import { Chip, Group } from '@mantine/core';
import { BODY_SIGNALS, type BodySignal } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';

interface BodySignalsFieldProps {
  readonly value: readonly BodySignal[];
  readonly onChange: (value: BodySignal[]) => void;
}

export function BodySignalsField({ value, onChange }: BodySignalsFieldProps) {
  const { t } = useTranslation('checkins');
  return (
    <PlainFieldset legend={t('form.bodySignals')} description={t('form.bodySignalsHelp')}>
      <Chip.Group
        multiple
        value={[...value]}
        onChange={(next) => onChange(BODY_SIGNALS.filter((s) => next.includes(s)))}
      >
        <Group gap="xs">
          {BODY_SIGNALS.map((signal) => (
            <Chip key={signal} value={signal} variant="outline" size="md">
              {t(`bodySignals.${signal}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </PlainFieldset>
  );
}
