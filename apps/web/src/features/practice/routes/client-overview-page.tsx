import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ClientSummary } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { Notice } from '../../../components/form-alert/form-alert';
import { useFormatDate } from '../../../lib/format-date';
import { EndCareSection } from '../components/end-care-section';
import { ResetCodeSection } from '../components/reset-code-section';

/** The overview tab: the care relation, a reset code for the owner to hand over, and ending care. */
export function ClientOverviewPage() {
  const { t } = useTranslation('practice');
  const format = useFormatDate();
  const client = useOutletContext<ClientSummary>();
  return (
    <Stack gap="xl" maw={720}>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="xs">
          <Title order={2}>{t('client.overview.title')}</Title>
          <Text>{t('client.overview.body', { name: client.name })}</Text>
        </Stack>
      </Paper>
      {client.until ? (
        <Notice>{t('client.overview.ended', { date: format.date(client.until) })}</Notice>
      ) : (
        <>
          <ResetCodeSection userId={client.id} name={client.name} />
          <EndCareSection client={client} />
        </>
      )}
    </Stack>
  );
}
