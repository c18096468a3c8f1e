import { Text } from '@mantine/core';
import { useState } from 'react';
import { useReminderSettings } from '../api/reminders';
import { useRemindersTranslation } from '../i18n/use-reminders-translation';
import { SuggestionCard } from './suggestion-card';

/** On an assignment: the reminder the therapist suggested with it, while it waits for an answer. */
export function AssignmentReminderSuggestion({ assignmentId }: { assignmentId: string }) {
  const { t } = useRemindersTranslation();
  const settings = useReminderSettings();
  const [answered, setAnswered] = useState<boolean | null>(null);
  if (answered !== null)
    return (
      <Text role="status" size="sm">
        {t(answered ? 'suggestion.accepted' : 'suggestion.declined')}
      </Text>
    );
  const suggestion = settings.data?.suggestions.find((s) => s.assignmentId === assignmentId);
  if (!suggestion) return null;
  return <SuggestionCard suggestion={suggestion} showModule={false} onAnswered={setAnswered} />;
}
