import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormatDate } from '../../../lib/format-date';
import { useMyQuestionnaires, useMyResults, useShareResult } from '../api/questionnaires';
import { ResultView } from '../components/result-view';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';
import { groupResults } from '../lib/group-results';

/** /mijn/vragenlijsten: what is set out for the client, and their results with the trend. */
export function MyQuestionnairesPage() {
  const { t } = useQuestionnairesTranslation();
  useDocumentTitle(t('list.documentTitle'));
  const format = useFormatDate();
  const list = useMyQuestionnaires();
  const results = useMyResults();
  const share = useShareResult();
  if (list.isPending || results.isPending) return <PageLoader />;
  if (list.isError || results.isError)
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('list.loadError')}
      </Alert>
    );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('list.title')}</Title>
        <Text>{t('list.intro')}</Text>
      </Stack>
      {list.data.length === 0 && <Text>{t('list.empty')}</Text>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.data.map((item) => (
          <Paper key={item.assignment.id} withBorder p="md" radius="md" component="li">
            <Stack gap="xs">
              <Title order={2} size="h3">
                {item.assignment.title}
              </Title>
              <Text size="sm" c="dimmed">
                {item.assignment.everyDays
                  ? t('list.everyDays', { days: item.assignment.everyDays })
                  : t('list.once')}
              </Text>
              {item.due ? (
                <Button
                  component={Link}
                  to={`/mijn/vragenlijsten/${encodeURIComponent(item.assignment.id)}`}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {item.draft
                    ? t('list.resume', { answered: item.draft.answered })
                    : t('list.start')}
                </Button>
              ) : item.assignment.nextDue ? (
                <Text>{t('list.nextDue', { date: format.date(item.assignment.nextDue) })}</Text>
              ) : (
                <Text>{t('list.done')}</Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Stack gap="sm">
        <Title order={2}>{t('list.results')}</Title>
        {results.data.length === 0 && <Text>{t('list.noResults')}</Text>}
        {groupResults(results.data).map((history) => {
          const latest = history[history.length - 1]!;
          return (
            <ResultView
              key={latest.id}
              result={latest}
              history={history}
              headingOrder={3}
              sharing={share.isPending}
              onShare={(shared) => share.mutate({ resultId: latest.id, shared })}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
