import { NumberInput, Switch, Textarea, TextInput } from '@mantine/core';
import { useIssueAt } from './builder-issues-context';
import { useIssueText } from './use-issue-text';

interface TextFieldProps {
  readonly label: string;
  readonly path: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly description?: string;
  readonly multiline?: boolean;
  readonly required?: boolean;
  readonly maxLength?: number;
}

/** A text field of the module, showing the schema's problem for its own path right under it. */
export function TextField({
  label,
  path,
  value,
  onChange,
  description,
  multiline,
  required,
  maxLength,
}: TextFieldProps) {
  const issue = useIssueAt(path);
  const text = useIssueText();
  const common = {
    label,
    description,
    value: value ?? '',
    required,
    maxLength,
    error: issue ? text(issue) : undefined,
    'data-path': path,
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={2} onChange={(e) => onChange(e.currentTarget.value)} />
  ) : (
    <TextInput {...common} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

interface NumberFieldProps {
  readonly label: string;
  readonly path: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly description?: string;
  readonly min?: number;
  readonly max?: number;
  readonly required?: boolean;
}

export function NumberField({
  label,
  path,
  value,
  onChange,
  description,
  min,
  max,
  required,
}: NumberFieldProps) {
  const issue = useIssueAt(path);
  const text = useIssueText();
  return (
    <NumberInput
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
      min={min}
      max={max}
      allowDecimal={false}
      required={required}
      error={issue ? text(issue) : undefined}
      data-path={path}
      styles={{ wrapper: { maxWidth: 220 } }}
    />
  );
}

export function SwitchField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <Switch label={label} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
  );
}
