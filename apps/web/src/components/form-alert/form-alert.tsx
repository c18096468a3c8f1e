import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useErrorMessage } from '../../lib/api/use-error-message';

interface FormAlertProps {
  readonly error: unknown;
  /** A sentence that fits this form better than the general one for the error's code. */
  readonly message?: string;
  readonly children?: ReactNode;
}

/**
 * What went wrong with the whole form, in a sentence that does not blame. Announced by screen
 * readers as it appears. Warm orange rather than alarm red.
 */
export function FormAlert({ error, message, children }: FormAlertProps) {
  const toMessage = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="orange" variant="light" role="alert">
      {message ?? toMessage(error)}
      {children}
    </Alert>
  );
}

/** A calm confirmation that something worked; polite, so it does not interrupt. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <Alert color="sage" variant="light" role="status">
      {children}
    </Alert>
  );
}
