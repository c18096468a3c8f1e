import { Alert, Stack, Text } from '@mantine/core';
import { useMe } from '../lib/session/get-me';
import { dismissRefusedHomework } from './homework-outbox';
import { usePwaTranslation } from './i18n/use-pwa-translation';
import { useCheckinOutbox } from './use-checkin-outbox';
import { useHomeworkOutbox } from './use-homework-outbox';
import { useOnline } from './use-online';

/**
 * On every client screen: that the device is offline, and which check-ins and exercises wait
 * on it ("nog niet verstuurd") until the server has them, or could not go; sending them is
 * done here too (useCheckinOutbox, useHomeworkOutbox).
 */
export function ClientConnectionStatus() {
  const { t } = usePwaTranslation();
  const accountId = useMe().data?.id;
  const online = useOnline();
  const { pending, justSent } = useCheckinOutbox();
  const homework = useHomeworkOutbox();
  const quiet = pending === 0 && !justSent && homework.pending === 0 && !homework.justSent;
  if (online && quiet && homework.refused.length === 0) return null;
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
      {homework.pending > 0 && (
        <Alert color="orange" variant="light" data-outbox="homework-pending">
          <Text fw={600}>{t('homeworkOutbox.notSent', { count: homework.pending })}</Text>
          <Text size="sm">{t('homeworkOutbox.keptHere')}</Text>
        </Alert>
      )}
      {homework.pending === 0 && homework.justSent && (
        <Alert color="sage" variant="light" data-outbox="homework-sent">
          {t('homeworkOutbox.sent')}
        </Alert>
      )}
      {homework.refused.map((refused) => (
        <Alert
          key={refused.responseId}
          color="stone"
          variant="light"
          data-outbox="homework-refused"
          withCloseButton
          closeButtonLabel={t('homeworkOutbox.close')}
          onClose={() => accountId && dismissRefusedHomework(accountId, refused.responseId)}
        >
          <Text fw={600}>{t('homeworkOutbox.refusedTitle', { title: refused.title })}</Text>
          <Text size="sm">{t(`homeworkOutbox.${refused.reason}`)}</Text>
        </Alert>
      ))}
    </Stack>
  );
}
