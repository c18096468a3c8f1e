import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Checkin } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useMarkSeen } from '../../api/mark-seen';
import { useDayFormat } from '../../../../lib/use-day-format';
import { CheckinDetails } from '../progress/checkin-details';

interface SharedCheckinItemProps {
  readonly clientId: string;
  readonly checkin: Checkin;
  /** A safety check-in this therapist has not marked seen yet (then "gezien" is offered). */
  readonly unseen: boolean;
}

/** One shared check-in in the therapist's timeline; safety and "wil bespreken" marked in words. */
export function SharedCheckinItem({ clientId, checkin, unseen }: SharedCheckinItemProps) {
  const { t } = useTranslation('checkins');
  const format = useDayFormat();
  const seen = useMarkSeen();
  const showSeenButton = checkin.danger && unseen && !seen.isSuccess;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      id={`checkin-${checkin.id}`}
      tabIndex={-1}
      data-danger={checkin.danger || undefined}
      style={
        checkin.danger
          ? { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }
          : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {format.long(checkin.day)}
          </Title>
          <Group gap={6}>
            {checkin.danger && (
              <Badge
                color="orange"
                c="stone.9"
                fw={700}
                variant="light"
                radius="sm"
                tt="none"
                size="lg"
              >
                {t('common.danger')}
              </Badge>
            )}
            {checkin.discuss && (
              <Badge color="sage" c="sage.8" variant="light" radius="sm" tt="none" size="lg">
                {t('common.discussTherapist')}
              </Badge>
            )}
          </Group>
        </Group>
        <CheckinDetails checkin={checkin} />
        {checkin.danger && (
          <Group gap="xs">
            {showSeenButton ? (
              <Button
                size="sm"
                variant="default"
                loading={seen.isPending}
                onClick={() => seen.mutate({ clientId, checkinId: checkin.id })}
              >
                {t('clientCheckins.markSeen')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('clientCheckins.markedSeen')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
