import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './plain-fieldset.module.css';

interface PlainFieldsetProps {
  readonly legend: ReactNode;
  readonly description?: ReactNode;
  readonly children: ReactNode;
}

/** A real <fieldset> with a <legend>, so screen readers name a group of choices by its question. */
export function PlainFieldset({ legend, description, children }: PlainFieldsetProps) {
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{legend}</legend>
      {description && (
        <Text size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      {children}
    </fieldset>
  );
}
