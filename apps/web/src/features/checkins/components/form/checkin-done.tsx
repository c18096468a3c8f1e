import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { type Checkin, PLAN_MAX_DAYS_RUNNING } from '@oefenruimte/shared';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  PLAN_LOOKBACK_DAYS,
  PlanMatchForCheckin,
} from '../../../safety-plan/components/plan-match-for-checkin';
import { useMyCheckins } from '../../api/get-my-checkins';
import { addDays } from '../../lib/dates';

// Only after a check-in, and only for who has a plan: not part of the form's first load.
const PlanMatchForCheckin = lazy(async () => ({
  default: (await import('../../../safety-plan/components/plan-match-for-checkin'))
    .PlanMatchForCheckin,
}));

/** A warm confirmation, saying once more who can see it. */
export function CheckinDone({ checkin, onAnother }: { checkin: Checkin; onAnother: () => void }) {
  const { t } = useTranslation('checkins');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The days before this check-in, for a signal of the client's plan that asks for days running.
  const recent = useMyCheckins(addDays(checkin.day, 1 - PLAN_MAX_DAYS_RUNNING), checkin.day);
  return (
    <Stack gap="md">
      <Paper withBorder p="lg" radius="md" role="status">
        <Stack gap="sm">
          <Title order={2} ref={heading} tabIndex={-1}>
            {t('done.title')}
          </Title>
          <Text>{t('done.saved')}</Text>
          <Text>{checkin.shared ? t('done.sharedLine') : t('done.privateLine')}</Text>
          <Stack gap="xs" mt="sm">
            <Button component={Link} to="/mijn/voortgang">
              {t('done.toProgress')}
            </Button>
            <Button variant="default" onClick={onAnother}>
              {t('done.another')}
            </Button>
          </Stack>
        </Stack>
      </Paper>
      {recent.data && (
        <Suspense fallback={null}>
          <PlanMatchForCheckin checkin={checkin} recent={recent.data} />
        </Suspense>
      )}
    </Stack>
  );
}
