import { Anchor, Paper, Stack, Text } from '@mantine/core';
import type { SharedResponseSummary } from '@oefenruimte/shared';
import { Link } from 'react-router';
import { useLocale } from '../../../../components/i18n/use-locale';
import { formatMoment } from '../../utils/dates';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Responses in which the client shared something, newest first. */
export function SharedResponseList({
  clientId,
  responses,
}: {
  clientId: string;
  responses: readonly SharedResponseSummary[];
}) {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {responses.map((response) => (
        <Paper key={response.id} withBorder p="md" radius="md" component="li">
          <Anchor
            component={Link}
            to={`/praktijk/clienten/${clientId}/oefeningen/${response.id}`}
            fw={600}
          >
            {response.moduleTitle}
          </Anchor>
          <Text size="sm" c="dimmed">
            {response.submittedAt && formatMoment(response.submittedAt, locale)}
            {' · '}
            {t('therapist.sharedSteps', { count: response.sharedSteps })}
            {response.discussSteps > 0 &&
              ` · ${t('therapist.discussSteps', { count: response.discussSteps })}`}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
