import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useAuthTranslation } from '../i18n/use-auth-translation';

interface PasswordFieldProps extends PasswordInputProps {
  /** A new password gets the hint about length and sentences; an existing one does not. */
  readonly isNew?: boolean;
}

/** A password input with a visible label, a show/hide button that says what it does, and the hint. */
export function PasswordField({ isNew = false, label, ...props }: PasswordFieldProps) {
  const { t } = useAuthTranslation();
  return (
    <PasswordInput
      label={label ?? t('common.password')}
      description={isNew ? t('common.passwordHint') : undefined}
      autoComplete={isNew ? 'new-password' : 'current-password'}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
      visibilityToggleFocusable
      // Mantine marks its other inputs invalid for screen readers, but not this one.
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
