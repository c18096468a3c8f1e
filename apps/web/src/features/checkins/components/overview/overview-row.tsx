import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OverviewClient } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTension } from '../../lib/overview-order';
import { useDayFormat } from '../../../../lib/use-day-format';
import { PlanPhaseLine } from './plan-phase-line';
import { ReasonBadges } from './reason-badges';
import { SafetySignal } from './safety-signal';

/** One client in the overview: name, safety signals first, reasons, the tension trend. */
export function OverviewRow({ client }: { client: OverviewClient }) {
  const { t } = useTranslation('checkins');
  const format = useDayFormat();
  const recent = formatTension(client.tensionRecent, format.locale);
  const before = formatTension(client.tensionBefore, format.locale);
  const base = `/praktijk/clienten/${encodeURIComponent(client.clientId)}`;
  return (
    <Paper withBorder p="md" radius="md" component="li" data-client-id={client.clientId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h3">
            <Anchor component={Link} to={`${base}/check-ins`} inherit>
              {client.name}
            </Anchor>
          </Title>
          {recent !== null && (
            <Text fw={600}>
              {before !== null
                ? t('overview.tensionWas', { recent, before })
                : t('overview.tension', { recent })}
            </Text>
          )}
        </Group>
        {client.unseenSafety.map((signal) => (
          <SafetySignal
            key={signal.checkinId}
            clientId={client.clientId}
            checkinId={signal.checkinId}
            day={signal.day}
          />
        ))}
        {client.planPhase && (
          <PlanPhaseLine clientId={client.clientId} planPhase={client.planPhase} />
        )}
        <Group justify="space-between" gap="xs">
          <ReasonBadges client={client} />
          {client.lastSharedAt && (
            <Text size="sm" c="dimmed">
              {t('overview.lastShared', { date: format.date(client.lastSharedAt) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
