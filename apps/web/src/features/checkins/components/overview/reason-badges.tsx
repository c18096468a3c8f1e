import { Badge, Group, Text } from '@mantine/core';
import type { OverviewClient } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { reasonsWithCounts } from '../../lib/overview-order';

/** Short labels for why a client is near the top; calm colours, the words carry the meaning. */
export function ReasonBadges({ client }: { client: OverviewClient }) {
  const { t } = useTranslation('checkins');
  const reasons = reasonsWithCounts(client);
  if (reasons.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('overview.nothingNew')}
      </Text>
    );
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {reasons.map(({ reason, count }) => {
        const label = t(`overview.reasons.${reason}`);
        return (
          <Badge
            key={reason}
            component="li"
            variant="light"
            color={reason === 'safety' ? 'orange' : 'stone'}
            c={reason === 'safety' ? 'stone.9' : 'stone.8'}
            radius="sm"
            tt="none"
            size="lg"
            fw={reason === 'safety' ? 700 : 500}
          >
            {count ? t('overview.reasonCount', { label, count }) : label}
          </Badge>
        );
      })}
    </Group>
  );
}
