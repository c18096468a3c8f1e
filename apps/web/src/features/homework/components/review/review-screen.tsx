import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientResponse, ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useQueuedHomework } from '../../../../pwa/use-homework-outbox';
import { useSubmitResponse } from '../../api/submit-response';
import { submitKeyFor } from '../../utils/submit-key-store';
import { releaseDraftSync } from '../../hooks/use-draft-sync';
import { answeredSteps } from '../../utils/answers';
import type { DraftSync } from '../../utils/draft-sync';
import { defaultShare, normaliseMarks } from '../../utils/share-defaults';
import { SharePreview } from './share-preview';
import { ShareToggles } from './share-toggles';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ReviewScreenProps {
  readonly assignmentId: string;
  readonly responseId: string;
  readonly content: ModuleContent;
  readonly answers: ModuleAnswers;
  readonly engine: DraftSync;
  readonly onBack: () => void;
}

/** Before sending: choose per answer what the therapist may see, and see exactly that. */
export function ReviewScreen(props: ReviewScreenProps) {
  const { assignmentId, responseId, content, answers, engine, onBack } = props;
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const submit = useSubmitResponse(assignmentId, responseId);
  const [share, setShare] = useState(() => defaultShare(content, answers));
  const [discuss, setDiscuss] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  // No connection: the send waits in the device outbox (answers, choices and key), and the
  // client layout sends it once the connection is back, also after leaving this screen.
  const queued = useQueuedHomework(responseId);
  const waiting = queued.state === 'waiting';
  const offline = () => typeof navigator !== 'undefined' && !navigator.onLine;
  const answered = answeredSteps(content, answers).length;
  const skipped = content.steps.filter((s) => s.kind !== 'explanation').length - answered;

  const keepForLater = () => {
    const marks = normaliseMarks(content, share, discuss);
    const kept = queued.enqueue({
      assignmentId,
      title: content.title,
      ...marks,
      idempotencyKey: submitKeyFor(responseId),
    });
    if (!kept) setProblem(t('review.notSavedYet'));
  };

  const send = async () => {
    setProblem(null);
    if (!(await engine.settle())) {
      if (offline()) keepForLater();
      else setProblem(t('review.notSavedYet'));
      return;
    }
    const marks = normaliseMarks(content, share, discuss);
    submit.mutate(
      { version: engine.getState().version, ...marks },
      {
        onSuccess: (sent: ClientResponse) => {
          releaseDraftSync(responseId);
          queued.forget();
          void navigate(`/mijn/oefeningen/${assignmentId}/verstuurd/${sent.id}`, {
            state: { justSent: true },
          });
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 0 && offline()) {
            keepForLater();
            return;
          }
          const current = error instanceof ApiRequestError ? error.current : undefined;
          if (current) {
            engine.rebase(current as ClientResponse);
            setProblem(t('review.changedElsewhere'));
          } else setProblem(errorMessage(error));
        },
      },
    );
  };

  // The outbox sent it while this screen was open: on to what was sent, as after a send here.
  const wasWaiting = useRef(waiting);
  useEffect(() => {
    const sentMeanwhile = wasWaiting.current && queued.state === 'none';
    wasWaiting.current = waiting;
    if (sentMeanwhile)
      void navigate(`/mijn/oefeningen/${assignmentId}/verstuurd/${responseId}`, {
        state: { justSent: true },
      });
  }, [waiting, queued.state, navigate, assignmentId, responseId]);
  const refusal =
    queued.state === 'needsYou'
      ? t('review.changedElsewhere')
      : queued.state === 'gone' || queued.state === 'refused'
        ? t('review.notSent')
        : null;
  const shownProblem = problem ?? refusal;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>{t('review.title')}</Title>
        <Text>{t('review.intro')}</Text>
        {skipped > 0 && (
          <Text size="sm" c="dimmed">
            {t('review.skipped', { count: skipped })}
          </Text>
        )}
      </Stack>
      {answered === 0 ? (
        <Text>{t('review.nothingAnswered')}</Text>
      ) : (
        <ShareToggles
          content={content}
          answers={answers}
          share={share}
          discuss={discuss}
          onChange={(nextShare, nextDiscuss) => {
            setShare(nextShare);
            setDiscuss(nextDiscuss);
          }}
        />
      )}
      <SharePreview content={content} answers={answers} share={share} discuss={discuss} />
      {shownProblem && (
        <Alert color="stone" variant="light" role="alert">
          {shownProblem}
        </Alert>
      )}
      {waiting && (
        <Alert color="stone" variant="light" role="status" data-testid="submit-waiting">
          {t('review.waitingOnline')}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Button variant="default" onClick={onBack}>
          {t('review.back')}
        </Button>
        <Button onClick={() => void send()} loading={submit.isPending}>
          {t('review.send')}
        </Button>
      </Group>
    </Stack>
  );
}
