import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientResponse, ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useSubmitResponse } from '../../api/submit-response';
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
  // No connection: nothing is sent yet; the same submit (same key) goes when it is back.
  const [waiting, setWaiting] = useState(false);
  const offline = () => typeof navigator !== 'undefined' && !navigator.onLine;
  const answered = answeredSteps(content, answers).length;
  const skipped = content.steps.filter((s) => s.kind !== 'explanation').length - answered;

  /** `again`: the automatic retry once the connection is back (it keeps waiting on failure). */
  const send = async (again = false) => {
    setProblem(null);
    setWaiting(false);
    if (!(await engine.settle())) {
      if (again || offline()) setWaiting(true);
      else setProblem(t('review.notSavedYet'));
      return;
    }
    const marks = normaliseMarks(content, share, discuss);
    submit.mutate(
      { version: engine.getState().version, ...marks },
      {
        onSuccess: (sent: ClientResponse) => {
          releaseDraftSync(responseId);
          void navigate(`/mijn/oefeningen/${assignmentId}/verstuurd/${sent.id}`, {
            state: { justSent: true },
          });
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 0 && (again || offline())) {
            setWaiting(true);
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

  // Waiting: try again when the device is online again, and whenever the answers reached the
  // server by themselves (the draft's own retries), the same submit with the same key.
  useEffect(() => {
    if (!waiting) return;
    const retry = () => {
      if (!offline()) void send(true);
    };
    const unsubscribe = engine.subscribe(() => {
      if (!engine.getState().unsent) retry();
    });
    window.addEventListener('online', retry);
    return () => {
      unsubscribe();
      window.removeEventListener('online', retry);
    };
  });

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
      {problem && (
        <Alert color="stone" variant="light" role="alert">
          {problem}
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
