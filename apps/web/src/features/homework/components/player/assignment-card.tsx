import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { AssignmentSummary } from '@oefenruimte/shared';
import { Link } from 'react-router';
import { useLocale } from '../../../../components/i18n/use-locale';
import { daysUntil, formatDay } from '../../utils/dates';
import { TherapistNote } from './therapist-note';
import { useRhythmText } from './use-rhythm-text';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** One assignment on the client's home: what, how long, the note, and a kind word on timing. */
export function AssignmentCard({ assignment }: { assignment: AssignmentSummary }) {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  const rhythm = useRhythmText();
  const paused = assignment.status === 'paused';
  const action =
    assignment.state === 'in-progress'
      ? t('home.continue')
      : assignment.submittedCount > 0
        ? t('home.look')
        : t('home.open');
  const due = assignment.dueDate;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`a-${assignment.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`a-${assignment.id}`}>
          {assignment.moduleTitle}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('home.minutes', { count: assignment.estimatedMinutes })} · {rhythm(assignment)}
          </Text>
          {paused && (
            <Badge variant="light" color="stone" tt="none">
              {t('home.paused')}
            </Badge>
          )}
        </Group>
        {assignment.note && (
          <TherapistNote note={assignment.note} therapistName={assignment.therapistName} />
        )}
        {due && (
          <Text size="sm">
            {daysUntil(due) >= 0
              ? t('home.dueKind', { date: formatDay(due, locale) })
              : t('home.duePassed')}
          </Text>
        )}
        {assignment.submittedCount > 0 && (
          <Text size="sm" c="dimmed">
            {t('home.sentCount', { count: assignment.submittedCount })}
          </Text>
        )}
        <Button component={Link} to={`/mijn/oefeningen/${assignment.id}`} w="fit-content">
          {action}
        </Button>
      </Stack>
    </Paper>
  );
}
