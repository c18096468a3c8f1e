import { Checkbox, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckinValues, ModuleItemsShown } from '../../lib/checkin-values';
import { filledFields } from '../../lib/filled-fields';

interface ShareFieldProps {
  readonly values: CheckinValues;
  readonly shown: ModuleItemsShown;
  readonly shared: boolean;
  readonly onShared: (shared: boolean) => void;
  readonly onDiscuss: (discuss: boolean) => void;
}

/** The share choice, with a plain line saying exactly what the therapist will see. */
export function ShareField({ values, shown, shared, onShared, onDiscuss }: ShareFieldProps) {
  const { t } = useTranslation('checkins');
  const fields = filledFields(values, shown).map((field) => t(`fields.${field}`).toLowerCase());
  const line = !shared
    ? t('form.privateLine')
    : fields.length
      ? t('form.sharePreview', { fields: fields.join(', ') })
      : t('form.sharePreviewEmpty');
  return (
    <Paper withBorder p="md" radius="md" bg="white">
      <Stack gap="sm">
        <Switch
          size="md"
          label={t('form.share')}
          checked={shared}
          onChange={(e) => onShared(e.currentTarget.checked)}
          styles={{ label: { fontWeight: 600 } }}
        />
        <Text size="sm" aria-live="polite">
          {line}
        </Text>
        <Checkbox
          size="md"
          label={t('form.discuss')}
          description={shared ? undefined : t('form.discussPrivate')}
          checked={values.discuss}
          onChange={(e) => onDiscuss(e.currentTarget.checked)}
        />
      </Stack>
    </Paper>
  );
}
