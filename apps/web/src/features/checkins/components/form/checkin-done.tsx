import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { Checkin } from '@oefenruimte/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A warm confirmation, saying once more who can see it. */
export function CheckinDone({ checkin, onAnother }: { checkin: Checkin; onAnother: () => void }) {
  const { t } = useTranslation('checkins');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="lg" radius="md" role="status">
      <Stack gap="sm">
        <Title order={2} ref={heading} tabIndex={-1}>
          {t('done.title')}
        </Title>
        <Text>{t('done.saved')}</Text>
        <Text>{checkin.shared ? t('done.sharedLine') : t('done.privateLine')}</Text>
        <Stack gap="xs" mt="sm">
          <Button component={Link} to="/mijn/voortgang">
            {t('done.toProgress')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('done.another')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
