import { List, Stack, Text, Title } from '@mantine/core';
import type { PlanSuggestion } from '@oefenruimte/shared';
import { useFormatDate } from '../../../lib/format-date';
import { usePlanTranslation } from '../i18n/use-plan-translation';

/** The therapist's own suggestions on this plan, newest first, with what the client chose. */
export function SuggestionHistory({ suggestions }: { suggestions: readonly PlanSuggestion[] }) {
  const { t } = usePlanTranslation();
  const format = useFormatDate();
  if (suggestions.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-suggestions-title">
      <Title order={3} size="h4" id="plan-suggestions-title">
        {t('therapist.suggestionsTitle')}
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {suggestions.map((suggestion) => (
          <List.Item key={suggestion.id}>
            <Text fw={600}>
              {t(`therapist.status.${suggestion.status}`, {
                version: suggestion.acceptedVersion,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('therapist.suggestedOn', {
                date: format.date(suggestion.createdAt),
                version: suggestion.baseVersion,
              })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
