import { Alert, Stack, Text } from '@mantine/core';
import { usePwaTranslation } from './i18n/use-pwa-translation';
import { useCheckinOutbox } from './use-checkin-outbox';
import { useOnline } from './use-online';

/**
 * On every client screen: that the device is offline, and which check-ins wait on it ("nog
 * niet verstuurd") until the server has them; sending them is done here too (useCheckinOutbox).
 */
export function ClientConnectionStatus() {
  const { t } = usePwaTranslation();
  const online = useOnline();
  const { pending, justSent } = useCheckinOutbox();
  if (online && pending === 0 && !justSent) return null;
  return (
    <Stack gap="xs" mb="md" role="status" data-testid="connection-status">
      {!online && (
        <Alert color="gray" variant="light">
          {t('offline.banner')}
        </Alert>
      )}
      {pending > 0 && (
        <Alert color="orange" variant="light" data-outbox="pending">
          <Text fw={600}>{t('outbox.notSent', { count: pending })}</Text>
          <Text size="sm">{t('outbox.keptHere')}</Text>
        </Alert>
      )}
      {pending === 0 && justSent && (
        <Alert color="sage" variant="light" data-outbox="sent">
          {t('outbox.sent')}
        </Alert>
      )}
    </Stack>
  );
}
