import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useOverview } from '../api/get-overview';
import { LoadProblem } from '../components/load-problem';
import { OverviewRow } from '../components/overview/overview-row';
import { orderByNeed } from '../lib/overview-order';

/** /praktijk/overzicht: every client, ordered by need; a safety signal always on top. */
export function OverviewPage() {
  const { t } = useTranslation('checkins');
  useDocumentTitle(t('overview.documentTitle'));
  const overview = useOverview();

  let body;
  if (overview.isPending) body = <PageLoader />;
  else if (overview.isError)
    body = <LoadProblem error={overview.error} onRetry={() => void overview.refetch()} />;
  else if (overview.data.length === 0)
    body = (
      <Stack gap="sm" align="flex-start">
        <Text>{t('overview.empty')}</Text>
        <Button component={Link} to="/praktijk/uitnodigingen" variant="light">
          {t('overview.toInvitations')}
        </Button>
      </Stack>
    );
  else
    body = (
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {orderByNeed(overview.data).map((client) => (
          <OverviewRow key={client.clientId} client={client} />
        ))}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('overview.title')}</Title>
        <Text>{t('overview.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
