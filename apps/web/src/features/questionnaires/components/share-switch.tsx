import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';

interface ShareSwitchProps {
  readonly label: string;
  readonly description?: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onChange: (checked: boolean) => void;
}

/**
 * The share choice as a native switch (a checkbox with role="switch"): it keeps this feature's
 * screens from pulling Mantine's input internals into chunks the check-in page shares.
 */
export function ShareSwitch({ label, description, checked, disabled, onChange }: ShareSwitchProps) {
  const id = useId();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
        style={{ width: 24, height: 24, margin: 0, accentColor: 'var(--mantine-color-sage-8)' }}
      />
      <Stack gap={2}>
        <Text component="label" htmlFor={id} fw={600}>
          {label}
        </Text>
        {description && (
          <Text id={`${id}-help`} size="sm" c="dimmed">
            {description}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
