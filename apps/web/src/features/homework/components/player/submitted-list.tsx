import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ClientResponse } from '@oefenruimte/shared';
import { Link } from 'react-router';
import { useLocale } from '../../../../components/i18n/use-locale';
import { formatMoment } from '../../utils/dates';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Earlier times this exercise was sent, newest first, each with a way to look back at it. */
export function SubmittedList({
  assignmentId,
  submitted,
}: {
  assignmentId: string;
  submitted: readonly ClientResponse[];
}) {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  if (submitted.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('intro.sentTitle')}
      </Title>
      <List spacing="xs">
        {submitted.map((response) => (
          <List.Item key={response.id}>
            <Anchor
              component={Link}
              to={`/mijn/oefeningen/${assignmentId}/verstuurd/${response.id}`}
            >
              {t('intro.sentOn', {
                date: formatMoment(response.submittedAt ?? response.updatedAt, locale),
              })}
            </Anchor>
            {response.feedback.length > 0 && (
              <Text span size="sm" c="dimmed">
                {' '}
                {t('intro.hasFeedback')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
