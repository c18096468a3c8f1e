import { Alert, Badge, Group, Paper, Stack, Switch, Title } from '@mantine/core';
import type { Checkin } from '@oefenruimte/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../../lib/api/api-client';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useUpdateCheckin } from '../../api/update-checkin';
import { useDayFormat } from '../../../../lib/use-day-format';
import { CheckinDetails } from './checkin-details';

/** One of the client's own check-ins, with sharing and "wil ik bespreken" right on it. */
export function OwnCheckinItem({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation('checkins');
  const format = useDayFormat();
  const toMessage = useErrorMessage();
  const update = useUpdateCheckin();
  const [conflict, setConflict] = useState(false);
  // Shown at once (a controlled switch must not flip back while the request is on its way).
  const [optimistic, setOptimistic] = useState<{ shared?: boolean; discuss?: boolean }>({});
  const change = (patch: { shared?: boolean; discuss?: boolean }) => {
    setConflict(false);
    setOptimistic(patch);
    update.mutate(
      { id: checkin.id, version: checkin.version, ...patch },
      {
        onError: (error) => setConflict(error instanceof ApiRequestError && error.status === 409),
        onSettled: () => setOptimistic({}),
      },
    );
  };
  const shared = optimistic.shared ?? checkin.shared;
  const discuss = optimistic.discuss ?? checkin.discuss;
  return (
    <Paper withBorder p="md" radius="md" component="li" data-checkin-day={checkin.day}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} size="h4">
            {format.long(checkin.day)}
          </Title>
          <Badge
            variant={shared ? 'filled' : 'outline'}
            color="sage.7"
            radius="sm"
            tt="none"
            size="lg"
          >
            {shared ? t('common.shared') : t('common.private')}
          </Badge>
        </Group>
        <CheckinDetails checkin={checkin} />
        <Stack gap="xs">
          <Switch
            label={t('progress.share')}
            checked={shared}
            disabled={update.isPending}
            onChange={(e) => change({ shared: e.currentTarget.checked })}
          />
          <Switch
            label={t('progress.discuss')}
            checked={discuss}
            disabled={update.isPending}
            onChange={(e) => change({ discuss: e.currentTarget.checked })}
          />
        </Stack>
        {update.isError && (
          <Alert color="orange" variant="light" role="alert">
            {conflict ? t('progress.conflict') : toMessage(update.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
