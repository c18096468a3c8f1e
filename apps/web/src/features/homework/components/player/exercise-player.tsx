import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientAssignmentDetail, ClientResponse, ModuleContent } from '@oefenruimte/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDraftSync } from '../../hooks/use-draft-sync';
import { stepHeading } from '../../utils/answers';
import { GroundingButton } from '../grounding/grounding-button';
import { ReviewScreen } from '../review/review-screen';
import { ConflictPanel } from './conflict-panel';
import { SaveIndicator } from './save-indicator';
import { StepPager } from './step-pager';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

function startIndex(content: ModuleContent, position: string | null): number {
  const index = content.steps.findIndex((step) => step.id === position);
  return index < 0 ? 0 : index;
}

interface ExercisePlayerProps {
  readonly detail: ClientAssignmentDetail;
  readonly draft: ClientResponse;
}

/**
 * Doing an exercise: one step at a time, answers saved as you go (on this device at once, on
 * the server after a short pause), pausing back to the home screen, and a review before sending.
 */
export function ExercisePlayer({ detail, draft }: ExercisePlayerProps) {
  const { t } = useHomeworkTranslation();
  const navigate = useNavigate();
  const { content, assignment } = detail;
  const { engine, state } = useDraftSync(draft);
  const [index, setIndex] = useState(() => startIndex(content, state.position));
  const [reviewing, setReviewing] = useState(false);
  const goTo = (next: number) => {
    const step = content.steps[next];
    if (!step) return;
    setIndex(next);
    engine.setPosition(step.id);
  };
  const pause = () => {
    void engine.flush();
    void navigate('/mijn', { state: { paused: true } });
  };
  const invalid = content.steps.filter((s) => state.invalidSteps.includes(s.id));
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {assignment.moduleTitle}
        </Title>
        <SaveIndicator state={state} />
        <Group gap="xs">
          <GroundingButton />
          <Button variant="default" size="sm" onClick={pause}>
            {t('player.pause')}
          </Button>
        </Group>
      </Stack>
      {invalid.length > 0 && (
        <Alert color="stone" variant="light">
          {t('save.invalid', { steps: invalid.map(stepHeading).join(', ') })}
        </Alert>
      )}
      {state.conflicts.length > 0 ? (
        <ConflictPanel
          key={state.conflicts.map((c) => c.stepId).join(' ')}
          content={content}
          conflicts={state.conflicts}
          onResolve={(choices) => engine.resolveConflicts(choices)}
        />
      ) : reviewing ? (
        <ReviewScreen
          assignmentId={assignment.id}
          responseId={draft.id}
          content={content}
          answers={state.answers}
          engine={engine}
          onBack={() => setReviewing(false)}
        />
      ) : (
        <StepPager
          content={content}
          answers={state.answers}
          index={index}
          onIndex={goTo}
          onAnswer={(stepId, answer) => engine.change(stepId, answer)}
          onFinish={() => setReviewing(true)}
          finishLabel={t('player.toReview')}
        />
      )}
      <Text size="sm" c="dimmed">
        {t('player.pauseHint')}
      </Text>
    </Stack>
  );
}
