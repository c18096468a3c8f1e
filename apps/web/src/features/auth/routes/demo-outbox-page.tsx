import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OutboxMail } from '@oefenruimte/shared';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useDemoOutbox } from '../api/get-demo-outbox';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useFormatDate } from '../../../lib/format-date';
import { linkifyMail } from '../lib/linkify';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** The local demo's mailbox: invitation and reset mails, newest first. */
export function DemoOutboxPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('outbox.documentTitle'));
  const outbox = useDemoOutbox();
  const off = outbox.error instanceof ApiRequestError && outbox.error.status === 404;

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('outbox.title')}</Title>
      <Text size="lg">{t('outbox.intro')}</Text>
      {outbox.isPending && <PageLoader />}
      {off && <Text>{t('outbox.off')}</Text>}
      {outbox.isError && !off && <FormAlert error={outbox.error} />}
      {outbox.isSuccess && (
        <>
          <Group>
            <Button
              variant="default"
              onClick={() => void outbox.refetch()}
              loading={outbox.isFetching}
            >
              {t('outbox.refresh')}
            </Button>
          </Group>
          {outbox.data.length === 0 && <Text>{t('outbox.empty')}</Text>}
          {[...outbox.data]
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((mail) => (
              <MailCard key={mail.id} mail={mail} />
            ))}
        </>
      )}
    </Stack>
  );
}

function MailCard({ mail }: { mail: OutboxMail }) {
  const { t } = useAuthTranslation();
  const format = useFormatDate();
  return (
    <Paper component="article" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {mail.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outbox.meta', { to: mail.to, date: format.dateTime(mail.createdAt) })}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {linkifyMail(mail.text, window.location.origin).map((part, index) =>
            part.kind === 'link' ? (
              <Anchor key={index} component={Link} to={part.to}>
                {part.text}
              </Anchor>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </Text>
      </Stack>
    </Paper>
  );
}
