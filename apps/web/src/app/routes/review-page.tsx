import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Review } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useReviewBundle } from '../../features/review/api/get-review-bundle';
import { CheckinCharts } from '../../features/checkins/components/charts/checkin-charts';
import { LoadProblem } from '../../features/checkins/components/load-problem';
import { AgreementsForm } from '../../features/review/components/agreements-form';
import { ReviewSidePanel } from '../../features/review/components/review-side-panel';
import { SavedReview } from '../../features/review/components/saved-review';
import { toChartRows } from '../../features/checkins/lib/chart-data';
import { useDayFormat } from '../../lib/use-day-format';
import { useCreateAssignment } from '../../features/homework/api/create-assignment';
import { useLibraryModules } from '../../features/homework/api/get-library-modules';

/**
 * Combines check-ins and reviewing with the library and homework (the modules an afspraak can
 * point to, and assigning one), so it lives with the app rather than in one feature.
 *
 * /praktijk/clienten/:clientId/terugkijken: "Samen terugkijken", laid out to be looked at
 * together on one screen, with the afspraken for the coming week below.
 */
export function ReviewPage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('review.documentTitle'));
  const clientId = useParams().clientId ?? '';
  const format = useDayFormat();
  const bundle = useReviewBundle(clientId);
  const [saved, setSaved] = useState<Review | null>(null);
  const modules = useLibraryModules('', null);
  const linkable = (modules.data ?? []).filter((m) => m.publishedVersion !== null);
  const createAssignment = useCreateAssignment();
  const assign = (moduleId: string) =>
    createAssignment.mutateAsync({ clientId, moduleId, rhythm: 'once' });

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
        <SavedReview review={saved} onNew={() => setSaved(null)} assign={assign} />
      ) : (
        <AgreementsForm clientId={clientId} bundle={data} modules={linkable} onSaved={setSaved} />
      )}
    </Stack>
  );
}
