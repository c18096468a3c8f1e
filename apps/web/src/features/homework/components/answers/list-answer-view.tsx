import { Paper, Stack, Text } from '@mantine/core';
import type { RepeatingListEntry, RepeatingListStep } from '@oefenruimte/shared';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** The entries of a list answer, each with its filled fields under their labels. */
export function ListAnswerView({
  step,
  entries,
}: {
  step: RepeatingListStep;
  entries: readonly RepeatingListEntry[];
}) {
  const { t } = useHomeworkTranslation();
  return (
    <Stack gap="sm">
      {entries.map((entry, index) => (
        <Paper key={entry.id} withBorder p="sm" radius="md">
          <Text fw={600} size="sm" mb={4}>
            {t('list.entryLegend', { label: step.itemLabel, n: index + 1 })}
          </Text>
          <Stack gap={6}>
            {step.fields
              .filter(
                (field) => entry.fields[field.id] !== undefined && entry.fields[field.id] !== null,
              )
              .map((field) => (
                <div key={field.id}>
                  <Text size="sm" c="dimmed">
                    {field.label}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {String(entry.fields[field.id])}
                  </Text>
                </div>
              ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
