import { Stack, Textarea, TextInput } from '@mantine/core';
import {
  LIST_FIELD_MAX_LENGTH,
  type RepeatingListEntry,
  type RepeatingListField,
} from '@oefenruimte/shared';
import { ScaleSlider } from '../../../../components/scale-slider/scale-slider';

interface ListEntryFieldsProps {
  readonly fields: readonly RepeatingListField[];
  readonly entry: RepeatingListEntry;
  readonly onChange: (entry: RepeatingListEntry) => void;
  /** The first field's id, so a new entry can put focus there. */
  readonly firstFieldId: string;
}

/** The fields of one list entry; an emptied field is removed rather than stored as "". */
export function ListEntryFields({ fields, entry, onChange, firstFieldId }: ListEntryFieldsProps) {
  const set = (fieldId: string, value: string | number | null) => {
    const next = { ...entry.fields };
    if (value === null || value === '') delete next[fieldId];
    else next[fieldId] = value;
    onChange({ ...entry, fields: next });
  };
  return (
    <Stack gap="sm">
      {fields.map((field, index) => {
        const value = entry.fields[field.id];
        const id = index === 0 ? firstFieldId : undefined;
        if (field.kind === 'scale') {
          return (
            <ScaleSlider
              key={field.id}
              label={field.label}
              min={field.min ?? 0}
              max={field.max ?? 10}
              minLabel={field.minLabel}
              maxLabel={field.maxLabel}
              value={typeof value === 'number' ? value : null}
              onChange={(next) => set(field.id, next)}
            />
          );
        }
        const common = {
          id,
          label: field.label,
          value: typeof value === 'string' ? value : '',
          maxLength: field.maxLength ?? LIST_FIELD_MAX_LENGTH[field.kind].default,
        };
        return field.kind === 'textarea' ? (
          <Textarea
            key={field.id}
            {...common}
            autosize
            minRows={2}
            onChange={(event) => set(field.id, event.currentTarget.value)}
          />
        ) : (
          <TextInput
            key={field.id}
            {...common}
            onChange={(event) => set(field.id, event.currentTarget.value)}
          />
        );
      })}
    </Stack>
  );
}
