import { Alert, Paper, Stack, Switch, Title } from '@mantine/core';
import type { CheckinPreferences } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useCheckinPreferences } from '../../api/get-checkin-preferences';
import { useUpdateCheckinPreferences } from '../../api/update-checkin-preferences';

/** Share new check-ins by default; let the therapist see how many stay private (never what). */
export function PreferencesCard() {
  const { t } = useTranslation('checkins');
  const toMessage = useErrorMessage();
  const preferences = useCheckinPreferences();
  const update = useUpdateCheckinPreferences();
  // Shown at once, so a controlled switch does not flip back while the save is on its way.
  const [optimistic, setOptimistic] = useState<CheckinPreferences | null>(null);
  const current = optimistic ?? preferences.data;
  if (!current) return null;
  const change = (patch: Partial<CheckinPreferences>) => {
    const next = { ...current, ...patch };
    setOptimistic(next);
    update.mutate(next, { onSettled: () => setOptimistic(null) });
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('preferences.title')}
        </Title>
        <Switch
          label={t('preferences.shareByDefault')}
          description={t('preferences.shareByDefaultHelp')}
          checked={current.shareByDefault}
          onChange={(e) => change({ shareByDefault: e.currentTarget.checked })}
        />
        <Switch
          label={t('preferences.showPrivateCount')}
          description={t('preferences.showPrivateCountHelp')}
          checked={current.showPrivateCount}
          onChange={(e) => change({ showPrivateCount: e.currentTarget.checked })}
        />
        {update.isError && (
          <Alert color="orange" variant="light" role="alert">
            {toMessage(update.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
