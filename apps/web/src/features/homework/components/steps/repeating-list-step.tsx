import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { RepeatingListEntry } from '@oefenruimte/shared';
import { useEffect, useId, useState } from 'react';
import { newLocalId } from '../../utils/answers';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';
import { ListEntryFields } from './list-entry-fields';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** A list the client fills entry by entry. Removing asks once, so nothing goes by a slip. */
export function RepeatingListStep({ step, answer, onChange }: StepInputProps<'repeating-list'>) {
  const { t } = useHomeworkTranslation();
  const baseId = useId();
  const entries = answer ?? [];
  const [confirming, setConfirming] = useState<string | null>(null);
  const [focusEntry, setFocusEntry] = useState<string | null>(null);
  const update = (next: RepeatingListEntry[]) => onChange(next.length > 0 ? next : null);
  const add = () => {
    const entry = { id: newLocalId(), fields: {} };
    update([...entries, entry]);
    setFocusEntry(entry.id);
  };
  useEffect(() => {
    if (focusEntry) document.getElementById(`${baseId}-${focusEntry}`)?.focus();
  }, [focusEntry, baseId]);
  return (
    <Stack gap="md">
      <StepTitle title={step.title} />
      <Text fw={600} lang="nl">
        {step.prompt}
      </Text>
      {step.hint && (
        <Text size="sm" c="dimmed">
          {step.hint}
        </Text>
      )}
      {step.privateByDefault && (
        <Badge variant="light" color="stone" size="lg" tt="none" w="fit-content">
          {t('list.privateByDefault')}
        </Badge>
      )}
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('list.empty')}
        </Text>
      )}
      {entries.map((entry, index) => (
        <Paper key={entry.id} withBorder p="md" radius="md">
          <PlainFieldset legend={t('list.entryLegend', { label: step.itemLabel, n: index + 1 })}>
            <ListEntryFields
              fields={step.fields}
              entry={entry}
              firstFieldId={`${baseId}-${entry.id}`}
              onChange={(next) => update(entries.map((e) => (e.id === entry.id ? next : e)))}
            />
            <Group mt="sm" gap="xs">
              {confirming === entry.id ? (
                <>
                  <Text size="sm">{t('list.confirmRemove')}</Text>
                  <Button
                    size="compact-sm"
                    color="stone.7"
                    onClick={() => {
                      setConfirming(null);
                      update(entries.filter((e) => e.id !== entry.id));
                    }}
                  >
                    {t('list.confirmRemoveYes')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setConfirming(null)}>
                    {t('list.confirmRemoveNo')}
                  </Button>
                </>
              ) : (
                <Button size="compact-sm" variant="subtle" onClick={() => setConfirming(entry.id)}>
                  {t('list.remove', { label: step.itemLabel, n: index + 1 })}
                </Button>
              )}
            </Group>
          </PlainFieldset>
        </Paper>
      ))}
      {entries.length < step.maxItems ? (
        <Button variant="light" onClick={add} w="fit-content">
          {t('list.add', { label: step.itemLabel.toLowerCase() })}
        </Button>
      ) : (
        <Text size="sm">{t('list.full', { max: step.maxItems })}</Text>
      )}
    </Stack>
  );
}
