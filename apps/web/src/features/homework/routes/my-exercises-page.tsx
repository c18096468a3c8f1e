import type { ReactNode } from 'react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMyAssignments } from '../api/get-my-assignments';
import { LoadProblem } from '../components/common/load-problem';
import { AssignmentCard } from '../components/player/assignment-card';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/** The client's home: the exercises their therapist set out, calmly, without counting anything. */
/**
 * The client's home. `plan` is the slot for this week's afspraken, which another feature
 * owns: the app composes them here, so features stay independent of each other.
 */
export function MyExercisesPage({ plan }: { plan?: ReactNode }) {
  const { t } = useHomeworkTranslation();
  useDocumentTitle(t('home.documentTitle'));
  const paused = (useLocation().state as { paused?: boolean } | null)?.paused === true;
  const assignments = useMyAssignments();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text>{t('home.intro')}</Text>
      </Stack>
      {plan}
      {paused && (
        <Alert variant="light" color="sage" title={t('home.pausedTitle')}>
          {t('home.pausedBody')}
        </Alert>
      )}
      {assignments.isPending ? (
        <PageLoader />
      ) : assignments.isError ? (
        <LoadProblem error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : assignments.data.length === 0 ? (
        <Alert variant="light" color="stone" title={t('home.emptyTitle')}>
          {t('home.emptyBody')}
        </Alert>
      ) : (
        <Stack gap="md">
          {assignments.data.map((assignment) => (
            <AssignmentCard key={assignment.id} assignment={assignment} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
