import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useFormatDate } from '../../../lib/format-date';
import { useClients } from '../api/get-clients';
import { LoadMoreButton } from '../../../components/load-more-button/load-more-button';
import { SecondFactorPrompt } from '../components/second-factor-prompt';
import { isSecondFactorRequired } from '../lib/is-second-factor-required';

/** The therapist's home: their clients, or the way to invite the first one. */
export function ClientListPage() {
  const { t } = useTranslation('practice');
  useDocumentTitle(t('clients.documentTitle'));
  const format = useFormatDate();
  const clients = useClients();
  const items = clients.data?.pages.flatMap((page) => page.items) ?? [];

  let body;
  if (clients.isPending) body = <PageLoader />;
  else if (isSecondFactorRequired(clients.error)) body = <SecondFactorPrompt />;
  else if (clients.isError) body = <FormAlert error={clients.error} />;
  else if (items.length === 0)
    body = (
      <Paper withBorder radius="lg" p="xl" maw={640}>
        <Stack gap="md" align="flex-start">
          <Title order={2}>{t('clients.emptyTitle')}</Title>
          <Text>{t('clients.emptyBody')}</Text>
          <Button component={Link} to="/praktijk/uitnodigingen">
            {t('clients.invite')}
          </Button>
        </Stack>
      </Paper>
    );
  else
    body = (
      <Stack gap="md">
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clients.name')}</Table.Th>
                <Table.Th scope="col">{t('clients.since')}</Table.Th>
                <Table.Th scope="col">{t('clients.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((client) => (
                <Table.Tr key={client.careRelationId}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/praktijk/clienten/${client.id}`}>
                      {client.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{format.date(client.since)}</Table.Td>
                  <Table.Td>
                    {client.until
                      ? t('clients.ended', { date: format.date(client.until) })
                      : t('clients.active')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreButton
          hasMore={clients.hasNextPage}
          loading={clients.isFetchingNextPage}
          onLoad={() => void clients.fetchNextPage()}
        />
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('clients.title')}</Title>
        {items.length > 0 && (
          <Button component={Link} to="/praktijk/uitnodigingen" variant="default">
            {t('clients.invite')}
          </Button>
        )}
      </Group>
      {body}
    </Stack>
  );
}
