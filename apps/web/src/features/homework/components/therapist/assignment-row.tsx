import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { AssignmentStatus, AssignmentSummary } from '@oefenruimte/shared';
import { useState } from 'react';
import { useLocale } from '../../../../components/i18n/use-locale';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useUpdateAssignment } from '../../api/update-assignment';
import { formatDay } from '../../utils/dates';
import { useRhythmText } from '../player/use-rhythm-text';
import { AssignmentStateBadge } from './assignment-state-badge';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** One assignment for the therapist: state, rhythm, date, note, and pause / resume / withdraw. */
export function AssignmentRow({
  clientId,
  assignment,
}: {
  clientId: string;
  assignment: AssignmentSummary;
}) {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  const rhythm = useRhythmText();
  const errorMessage = useErrorMessage();
  const update = useUpdateAssignment(clientId);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const set = (status: AssignmentStatus) =>
    update.mutate({ id: assignment.id, status, version: assignment.version });
  const active = assignment.status === 'active';
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{assignment.moduleTitle}</Text>
          <AssignmentStateBadge state={assignment.state} />
        </Group>
        <Text size="sm" c="dimmed">
          {rhythm(assignment)}
          {assignment.dueDate &&
            ` · ${t('therapist.due', { date: formatDay(assignment.dueDate, locale) })}`}
          {` · ${t('therapist.sent', { count: assignment.submittedCount })}`}
        </Text>
        {assignment.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('therapist.note', { note: assignment.note })}
          </Text>
        )}
        {assignment.status !== 'withdrawn' && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              loading={update.isPending}
              onClick={() => set(active ? 'paused' : 'active')}
            >
              {active ? t('therapist.pause') : t('therapist.resume')}
            </Button>
            {confirmWithdraw ? (
              <>
                <Text size="sm">{t('therapist.withdrawConfirm')}</Text>
                <Button size="compact-sm" color="stone.7" onClick={() => set('withdrawn')}>
                  {t('therapist.withdrawYes')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => setConfirmWithdraw(false)}
                >
                  {t('therapist.withdrawNo')}
                </Button>
              </>
            ) : (
              <Button size="compact-sm" variant="subtle" onClick={() => setConfirmWithdraw(true)}>
                {t('therapist.withdraw')}
              </Button>
            )}
          </Group>
        )}
        {update.error && (
          <Text size="sm" role="alert">
            {errorMessage(update.error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
