import { Anchor, Stack } from '@mantine/core';
import type { ClientResponse } from '@oefenruimte/shared';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useMyAssignment } from '../api/get-my-assignments';
import { useStartResponse } from '../api/start-response';
import { LoadProblem } from '../components/common/load-problem';
import { ExerciseIntro } from '../components/player/exercise-intro';
import { ExercisePlayer } from '../components/player/exercise-player';
import { readUnsent } from '../utils/unsent-store';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/**
 * /mijn/oefeningen/:assignmentId — the intro, or straight back to the step where you paused.
 * `afterIntro` is what the app composes in below the intro (a suggested reminder).
 */
export function ExercisePage({ afterIntro }: { afterIntro?: ReactNode } = {}) {
  const { assignmentId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const detail = useMyAssignment(assignmentId);
  const start = useStartResponse(assignmentId);
  const [started, setStarted] = useState<ClientResponse | null>(null);
  useDocumentTitle(
    detail.data ? `${detail.data.assignment.moduleTitle} – ${t('home.title')}` : t('home.title'),
  );
  if (detail.isPending) return <PageLoader />;
  if (detail.isError)
    return <LoadProblem error={detail.error} backTo="/mijn" backLabel={t('common.backHome')} />;
  const { draft } = detail.data;
  const active = started ?? draft;
  const resumed = active && (active.position ?? readUnsent(active.id)?.position);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/mijn" size="sm">
        {t('common.backHome')}
      </Anchor>
      {active && (started || resumed) ? (
        <ExercisePlayer key={active.id} detail={detail.data} draft={active} />
      ) : (
        <>
          <ExerciseIntro
            detail={detail.data}
            hasDraft={draft !== null}
            starting={start.isPending}
            startError={start.error ? errorMessage(start.error) : null}
            onStart={() => start.mutate(undefined, { onSuccess: setStarted })}
          />
          {afterIntro}
        </>
      )}
    </Stack>
  );
}
