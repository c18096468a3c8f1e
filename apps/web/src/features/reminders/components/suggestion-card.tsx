import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import type { ReminderChannel, ReminderSuggestion } from '@oefenruimte/shared';
import { REMINDER_CHANNELS } from '@oefenruimte/shared';
import { useState } from 'react';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useAnswerSuggestion } from '../api/reminders';
import { useRemindersTranslation } from '../i18n/use-reminders-translation';
import { useDaysText } from './use-days-text';

/**
 * A reminder the therapist suggested with an assignment: nothing is on until the client says
 * yes (choosing how it comes); "nee, dank je" is just as fine.
 */
export function SuggestionCard({
  suggestion,
  showModule = true,
  onAnswered,
}: {
  suggestion: ReminderSuggestion;
  /** On the assignment itself the module goes without saying. */
  showModule?: boolean;
  onAnswered?: (accepted: boolean) => void;
}) {
  const { t } = useRemindersTranslation();
  const errorMessage = useErrorMessage();
  const daysText = useDaysText();
  const answer = useAnswerSuggestion();
  const [channel, setChannel] = useState<ReminderChannel>('push');
  // The card may leave the page (its list refetched) before a mutate() callback would run;
  // the promise of mutateAsync still resolves, so the page hears the answer.
  const send = (accept: boolean) =>
    void answer
      .mutateAsync({ suggestionId: suggestion.id, accept: accept ? { channel } : null })
      .then(
        () => onAnswered?.(accept),
        () => undefined, // shown by the card's own error alert
      );
  const titleId = `suggestion-${suggestion.id}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={titleId}
      data-testid="reminder-suggestion"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('suggestion.title')}
        </Title>
        <Text>
          {t(showModule ? 'suggestion.bodyModule' : 'suggestion.body', {
            therapist: suggestion.therapistName ?? t('suggestion.yourTherapist'),
            module: suggestion.moduleTitle,
            time: suggestion.time,
            days: daysText(suggestion.days),
          })}
        </Text>
        <Text size="sm">{t('suggestion.yourChoice')}</Text>
        <Radio.Group
          label={t('channel')}
          value={channel}
          onChange={(value) => setChannel(value as ReminderChannel)}
        >
          <Stack gap={6} mt={4}>
            {REMINDER_CHANNELS.map((value) => (
              <Radio key={value} value={value} label={t(`channels.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {answer.error && (
          <Alert color="red" role="alert">
            {errorMessage(answer.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            loading={answer.isPending && answer.variables?.accept !== null}
            onClick={() => send(true)}
          >
            {t('suggestion.accept')}
          </Button>
          <Button
            variant="default"
            loading={answer.isPending && answer.variables?.accept === null}
            onClick={() => send(false)}
          >
            {t('suggestion.decline')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
