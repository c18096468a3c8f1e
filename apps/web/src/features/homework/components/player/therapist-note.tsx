import { Paper, Text } from '@mantine/core';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** The therapist's personal note with an assignment, in their name. */
export function TherapistNote({ note, therapistName }: { note: string; therapistName: string }) {
  const { t } = useHomeworkTranslation();
  return (
    <Paper p="sm" radius="md" bg="sage.0">
      <Text size="sm" c="dimmed" mb={2}>
        {t('home.noteFrom', { name: therapistName })}
      </Text>
      <Text lang="nl" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {note}
      </Text>
    </Paper>
  );
}
