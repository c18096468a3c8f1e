import { Stack, Textarea, Title } from '@mantine/core';
import { CHECKIN_TEXT_MAX_LENGTH } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import type { CheckinValues, ModuleItemsShown } from '../../lib/checkin-values';
import { ScaleField } from './scale-field';
import { YesNoField } from './yes-no-field';

interface ModuleItemsFieldsProps {
  readonly shown: ModuleItemsShown;
  readonly values: CheckinValues;
  readonly set: <K extends keyof CheckinValues>(key: K, value: CheckinValues[K]) => void;
}

/** The questions the assigned modules add: Ontwennen (urge, contact) and Grenzen stellen. */
export function ModuleItemsFields({ shown, values, set }: ModuleItemsFieldsProps) {
  const { t } = useTranslation('checkins');
  if (!shown.ontwennen && !shown.grenzen) return null;
  const textProps = { autosize: true, minRows: 1, maxLength: CHECKIN_TEXT_MAX_LENGTH } as const;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('form.moduleTitle')}
      </Title>
      {shown.ontwennen && (
        <>
          <ScaleField
            label={t('form.urge')}
            minLabel={t('form.urgeMin')}
            maxLabel={t('form.urgeMax')}
            value={values.urge}
            onChange={(v) => set('urge', v)}
          />
          <YesNoField
            label={t('form.contact')}
            value={values.contact}
            onChange={(v) => set('contact', v)}
          />
          <Textarea
            label={t('form.trigger')}
            value={values.trigger}
            onChange={(e) => set('trigger', e.currentTarget.value)}
            {...textProps}
          />
          <Textarea
            label={t('form.instead')}
            value={values.instead}
            onChange={(e) => set('instead', e.currentTarget.value)}
            {...textProps}
          />
        </>
      )}
      {shown.grenzen && (
        <>
          <YesNoField
            label={t('form.boundarySet')}
            value={values.boundarySet}
            onChange={(v) => set('boundarySet', v)}
          />
          <Textarea
            label={t('form.boundaryReaction')}
            value={values.boundaryReaction}
            onChange={(e) => set('boundaryReaction', e.currentTarget.value)}
            {...textProps}
          />
        </>
      )}
    </Stack>
  );
}
