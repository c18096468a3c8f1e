import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientAssignmentDetail } from '@oefenruimte/shared';
import { GroundingButton } from '../grounding/grounding-button';
import { SubmittedList } from './submitted-list';
import { TherapistNote } from './therapist-note';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ExerciseIntroProps {
  readonly detail: ClientAssignmentDetail;
  readonly hasDraft: boolean;
  readonly starting: boolean;
  readonly startError: string | null;
  readonly onStart: () => void;
}

/** Before the first step: what this is, the therapist's note, and the content note first. */
export function ExerciseIntro({
  detail,
  hasDraft,
  starting,
  startError,
  onStart,
}: ExerciseIntroProps) {
  const { t } = useHomeworkTranslation();
  const { assignment, content, submitted } = detail;
  const paused = assignment.status !== 'active';
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{assignment.moduleTitle}</Title>
        <Text c="dimmed">{t('home.minutes', { count: content.estimatedMinutes })}</Text>
      </Stack>
      {content.contentNote && (
        <Alert variant="light" color="sage" title={t('contentNote.title')}>
          {content.contentNote}
        </Alert>
      )}
      <Text>{content.summary}</Text>
      {assignment.note && (
        <TherapistNote note={assignment.note} therapistName={assignment.therapistName} />
      )}
      {paused ? (
        <Alert variant="light" color="stone" title={t('intro.pausedTitle')}>
          {t('intro.pausedBody')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('intro.freedom')}</Text>
          <Group gap="sm">
            <Button size="md" onClick={onStart} loading={starting}>
              {hasDraft
                ? t('intro.continue')
                : submitted.length > 0
                  ? t('intro.again')
                  : t('intro.start')}
            </Button>
            <GroundingButton />
          </Group>
          {startError && (
            <Alert color="stone" variant="light" role="alert">
              {startError}
            </Alert>
          )}
        </>
      )}
      <SubmittedList assignmentId={assignment.id} submitted={submitted} />
    </Stack>
  );
}
