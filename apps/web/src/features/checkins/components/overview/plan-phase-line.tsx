import { Button, Group, Paper, Text } from '@mantine/core';
import type { OverviewClient } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDayFormat } from '../../../../lib/use-day-format';

const PHASE_COLOR = {
  oranje: 'var(--mantine-color-orange-7)',
  rood: 'var(--mantine-color-red-8)',
} as const;

interface PlanPhaseLineProps {
  readonly clientId: string;
  readonly planPhase: NonNullable<OverviewClient['planPhase']>;
}

/**
 * The client's shared signaleringsplan as a reason: which phase the latest shared check-in looks
 * like, and the way to the plan itself. The client's own words, so no alarm colours.
 */
export function PlanPhaseLine({ clientId, planPhase }: PlanPhaseLineProps) {
  const { t } = useTranslation('checkins');
  const format = useDayFormat();
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="stone.0"
      // The phase's colour as on the plan itself; the words carry the meaning.
      style={{ borderInlineStart: `6px solid ${PHASE_COLOR[planPhase.phase]}` }}
    >
      <Group justify="space-between" gap="xs">
        <Text fw={600}>
          {t('overview.planLine', { context: planPhase.phase, day: format.long(planPhase.day) })}
        </Text>
        <Button
          component={Link}
          to={`/praktijk/clienten/${encodeURIComponent(clientId)}/signaleringsplan`}
          size="sm"
          variant="default"
        >
          {t('overview.viewPlan')}
        </Button>
      </Group>
    </Paper>
  );
}
