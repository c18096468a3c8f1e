import { TextInput, type TextInputProps } from '@mantine/core';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** The code from the authenticator app, as asked when turning two-step login on and when logging in. */
export function AppCodeField(props: TextInputProps) {
  const { t } = useAuthTranslation();
  return (
    <TextInput
      label={t('secondFactor.codeLabel')}
      description={t('secondFactor.codeHint')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      {...props}
    />
  );
}
