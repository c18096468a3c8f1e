import { Paper, Stack, Text } from '@mantine/core';
import type { Feedback } from '@oefenruimte/shared';
import { useLocale } from '../../../../components/i18n/use-locale';
import { formatMoment } from '../../utils/dates';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** The therapist's reactions, each with who wrote it and when. */
export function FeedbackList({ feedback }: { feedback: readonly Feedback[] }) {
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  if (feedback.length === 0) return null;
  return (
    <Stack gap="xs">
      {feedback.map((item) => (
        <Paper key={item.id} p="sm" radius="md" bg="sage.0" withBorder>
          <Text size="sm" c="dimmed" mb={2}>
            {t('feedback.from', {
              name: item.therapistName,
              date: formatMoment(item.createdAt, locale),
            })}
          </Text>
          <Text lang="nl" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.text}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
