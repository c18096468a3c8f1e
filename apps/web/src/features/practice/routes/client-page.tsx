import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useFormatDate } from '../../../lib/format-date';
import { useClient } from '../api/get-client';
import { ClientTabs } from '../components/client-tabs';
import { SecondFactorPrompt } from '../components/second-factor-prompt';
import { isSecondFactorRequired } from '../lib/is-second-factor-required';

/** One client: name and since when in care, tabs, and the chosen section below. */
export function ClientPage() {
  const { t } = useTranslation('practice');
  const format = useFormatDate();
  const clientId = useParams().clientId ?? '';
  const client = useClient(clientId);
  // Only the overview takes the client's name as title; the other sections name themselves.
  const onOverview = useMatch('/praktijk/clienten/:clientId') !== null;
  useDocumentTitle(
    onOverview ? t('client.documentTitle', { name: client.data?.name ?? '' }) : null,
  );
  const notFound = client.error instanceof ApiRequestError && client.error.status === 404;

  let body;
  if (client.isPending) body = <PageLoader />;
  else if (isSecondFactorRequired(client.error)) body = <SecondFactorPrompt />;
  else if (notFound)
    body = (
      <Stack gap={4}>
        <Title order={1}>{t('client.notFoundTitle')}</Title>
        <Text>{t('client.notFound')}</Text>
      </Stack>
    );
  else if (client.isError) body = <FormAlert error={client.error} />;
  else
    body = (
      <>
        <Stack gap={4}>
          <Title order={1}>{client.data.name}</Title>
          <Text c="dimmed">
            {client.data.until
              ? t('client.sinceUntil', {
                  since: format.date(client.data.since),
                  until: format.date(client.data.until),
                })
              : t('client.since', { date: format.date(client.data.since) })}
          </Text>
        </Stack>
        <ClientTabs clientId={clientId} />
        <Outlet context={client.data} />
      </>
    );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/praktijk" size="sm">
        {t('client.back')}
      </Anchor>
      {body}
    </Stack>
  );
}
