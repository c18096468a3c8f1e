import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Review } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useReviewBundle } from '../api/get-review-bundle';
import { CheckinCharts } from '../components/charts/checkin-charts';
import { LoadProblem } from '../components/load-problem';
import { AgreementsForm } from '../components/review/agreements-form';
import { ReviewSidePanel } from '../components/review/review-side-panel';
import { SavedReview } from '../components/review/saved-review';
import { toChartRows } from '../lib/chart-data';
import { useDayFormat } from '../lib/use-day-format';

/**
 * /praktijk/clienten/:clientId/terugkijken: "Samen terugkijken", laid out to be looked at
 * together on one screen, with the afspraken for the coming week below.
 */
export function ReviewPage() {
  const { t } = useTranslation('checkins');
  useDocumentTitle(t('review.documentTitle'));
  const clientId = useParams().clientId ?? '';
  const format = useDayFormat();
  const bundle = useReviewBundle(clientId);
  const [saved, setSaved] = useState<Review | null>(null);

  if (bundle.isPending) return <PageLoader />;
  if (bundle.isError)
    return <LoadProblem error={bundle.error} onRetry={() => void bundle.refetch()} />;
  const data = bundle.data;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('review.title')}</Title>
        <Text fw={600}>
          {t('review.period', {
            from: format.date(data.periodStart),
            to: format.date(data.periodEnd),
          })}
        </Text>
        <Text c="dimmed">{t('review.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section">
          <Title order={3} mb="sm">
            {t('review.checkinsTitle')}
          </Title>
          <CheckinCharts rows={toChartRows(data.checkins, format.short)} audience="therapist" />
        </Paper>
        <ReviewSidePanel bundle={data} />
      </SimpleGrid>
      {saved ? (
        <SavedReview review={saved} onNew={() => setSaved(null)} />
      ) : (
        <AgreementsForm clientId={clientId} bundle={data} onSaved={setSaved} />
      )}
    </Stack>
  );
}
