import { Accordion, Stack, Text, Textarea, Title } from '@mantine/core';
import { CHECKIN_TEXT_MAX_LENGTH } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinValues, ModuleItemsShown } from '../../lib/checkin-values';
import { ScaleField } from './scale-field';
import { YesNoField } from './yes-no-field';

interface ModuleItemsFieldsProps {
  readonly shown: ModuleItemsShown;
  readonly values: CheckinValues;
  readonly set: <K extends keyof CheckinValues>(key: K, value: CheckinValues[K]) => void;
}

const ANSWERED = (v: CheckinValues) =>
  v.urge !== null ||
  v.contact !== null ||
  v.boundarySet !== null ||
  [v.trigger, v.instead, v.boundaryReaction].some((text) => text.trim() !== '');

/**
 * The questions the assigned modules add: Ontwennen (urge, contact) and Grenzen stellen. Folded
 * under one heading, so the core of the check-in fits a phone; open when a kept draft has them.
 */
export function ModuleItemsFields({ shown, values, set }: ModuleItemsFieldsProps) {
  const { t } = useTranslation('checkins');
  const [opened] = useState(() => ANSWERED(values));
  if (!shown.ontwennen && !shown.grenzen) return null;
  const textProps = { autosize: true, minRows: 1, maxLength: CHECKIN_TEXT_MAX_LENGTH } as const;
  return (
    <Accordion
      variant="contained"
      radius="md"
      defaultValue={opened ? 'module-items' : null}
      chevronPosition="right"
    >
      <Accordion.Item value="module-items">
        <Accordion.Control>
          <Title order={2} size="h3" component="span" display="block">
            {t('form.moduleTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('form.moduleFolded')}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="md">
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
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
