import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionInfo } from '@oefenruimte/shared';
import { useId } from 'react';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useEndSession } from '../api/end-session';
import { useSessions } from '../api/get-sessions';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { describeDevice } from '../lib/describe-device';
import { useFormatDate } from '../../../lib/format-date';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** Where this account is logged in; any other place can be logged out from here. */
export function SessionsSection() {
  const { t } = useAuthTranslation();
  const titleId = useId();
  const sessions = useSessions();
  const end = useEndSession();
  const sorted = [...(sessions.data ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Title order={2} id={titleId}>
        {t('account.sessions.title')}
      </Title>
      <Text>{t('account.sessions.intro')}</Text>
      {sessions.isPending && <PageLoader />}
      <FormAlert error={sessions.error ?? end.error} />
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {sorted.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            ending={end.isPending && end.variables === session.id}
            onEnd={() => end.mutate(session.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
}

interface SessionRowProps {
  readonly session: SessionInfo;
  readonly ending: boolean;
  readonly onEnd: () => void;
}

function SessionRow({ session, ending, onEnd }: SessionRowProps) {
  const { t } = useAuthTranslation();
  const format = useFormatDate();
  const device = describeDevice(session.userAgent);
  const name = device ? t('account.sessions.device', device) : t('account.sessions.unknownDevice');
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{name}</Text>
            {session.current && (
              <Badge variant="light" color="sage">
                {t('account.sessions.current')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('account.sessions.times', {
              started: format.dateTime(session.createdAt),
              seen: format.dateTime(session.lastSeenAt),
            })}
          </Text>
        </Stack>
        {!session.current && (
          <Button
            variant="default"
            loading={ending}
            onClick={onEnd}
            aria-label={t('account.sessions.endLabel', { name })}
          >
            {t('account.sessions.end')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
