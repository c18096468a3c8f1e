import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useMarkSeen } from '../../api/mark-seen';
import { useDayFormat } from '../../../../lib/use-day-format';

interface SafetySignalProps {
  readonly clientId: string;
  readonly checkinId: string;
  readonly day: string;
}

/** One unseen safety signal: where to read it, and "gezien" once the therapist has. */
export function SafetySignal({ clientId, checkinId, day }: SafetySignalProps) {
  const { t } = useTranslation('checkins');
  const format = useDayFormat();
  const toMessage = useErrorMessage();
  const seen = useMarkSeen();
  return (
    <Alert color="orange" variant="light" p="sm">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('overview.safetyLine', { day: format.long(day) })}</Text>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/praktijk/clienten/${encodeURIComponent(clientId)}/check-ins#checkin-${checkinId}`}
            size="sm"
          >
            {t('overview.viewCheckin')}
          </Button>
          <Button
            size="sm"
            variant="default"
            loading={seen.isPending}
            onClick={() => seen.mutate({ clientId, checkinId })}
          >
            {t('overview.seen')}
          </Button>
        </Group>
      </Group>
      {seen.isError && (
        <Text size="sm" role="alert" mt={4}>
          {toMessage(seen.error)}
        </Text>
      )}
    </Alert>
  );
}
