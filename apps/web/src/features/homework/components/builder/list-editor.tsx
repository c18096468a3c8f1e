import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIssueAt } from './builder-issues-context';
import { useIssueText } from './use-issue-text';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ListEditorProps<T> {
  /** Shown as a group label, e.g. "Keuzes". */
  readonly legend: string;
  /** One item's name, e.g. "Keuze", used as "Keuze 2 verwijderen". */
  readonly itemName: string;
  readonly path: string;
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  readonly newItem: (items: readonly T[]) => T;
  readonly render: (item: T, index: number, update: (item: T) => void) => ReactNode;
  readonly max?: number;
}

/** Options, items, fields, bands…: a list the therapist can add to and remove from. */
export function ListEditor<T>({
  legend,
  itemName,
  path,
  items,
  onChange,
  newItem,
  render,
  max,
}: ListEditorProps<T>) {
  const { t } = useHomeworkTranslation();
  const issue = useIssueAt(path);
  const text = useIssueText();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ fontWeight: 600, padding: 0, marginBottom: 6 }}>{legend}</legend>
      <Stack gap="xs">
        {items.map((item, index) => (
          <Paper key={index} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {itemName} {index + 1}
              </Text>
              {render(item, index, (next) =>
                onChange(items.map((old, i) => (i === index ? next : old))),
              )}
              <Button
                variant="subtle"
                size="compact-sm"
                w="fit-content"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {t('builder.removeItem', { item: `${itemName} ${index + 1}` })}
              </Button>
            </Stack>
          </Paper>
        ))}
        {issue && (
          <Text size="sm" c="red.8" role="alert">
            {text(issue)}
          </Text>
        )}
        {(max === undefined || items.length < max) && (
          <Group>
            <Button
              variant="light"
              size="compact-md"
              onClick={() => onChange([...items, newItem(items)])}
            >
              {t('builder.addItem', { item: itemName.toLowerCase() })}
            </Button>
          </Group>
        )}
      </Stack>
    </fieldset>
  );
}
