import { Badge } from '@mantine/core';
import type { AssignmentState } from '@oefenruimte/shared';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Calm colours only: a date that passed is information, not an alarm. */
const COLOURS: Record<AssignmentState, { color: string; variant: 'light' | 'outline' }> = {
  open: { color: 'sage', variant: 'outline' },
  'in-progress': { color: 'sage', variant: 'light' },
  done: { color: 'sage', variant: 'light' },
  overdue: { color: 'stone', variant: 'light' },
  paused: { color: 'stone', variant: 'outline' },
  withdrawn: { color: 'stone', variant: 'outline' },
};

export function AssignmentStateBadge({ state }: { state: AssignmentState }) {
  const { t } = useHomeworkTranslation();
  return (
    <Badge tt="none" {...COLOURS[state]}>
      {t(`state.${state}`)}
    </Badge>
  );
}
