import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { usePwaTranslation } from './i18n/use-pwa-translation';

/** After a check-in made without a connection: kept on this device, not sent yet. */
export function CheckinQueued({ onAnother }: { onAnother: () => void }) {
  const { t } = usePwaTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="lg" radius="md" data-testid="checkin-queued">
      <Stack gap="sm">
        <Title order={2} ref={heading} tabIndex={-1}>
          {t('outbox.queuedTitle')}
        </Title>
        <Text>{t('outbox.queuedBody')}</Text>
        <Button variant="default" onClick={onAnother}>
          {t('outbox.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
