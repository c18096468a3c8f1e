import { Button, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { ApiRequestError } from '../../../lib/api/api-client';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

interface InvitationCodeFormProps {
  readonly initialCode: string | null;
  readonly error: unknown;
  readonly checking: boolean;
  readonly onCode: (code: string) => void;
}

/** For someone who got the code on paper or by phone instead of a link. */
export function InvitationCodeForm({
  initialCode,
  error,
  checking,
  onCode,
}: InvitationCodeFormProps) {
  const { t } = useAuthTranslation();
  const { bindForm, ...form } = useSimpleForm(
    { code: initialCode ?? '' },
    { code: { required: true, min: 8 } },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    onCode(form.values.code.trim().toUpperCase());
  }

  return (
    <form ref={bindForm} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert
          error={error}
          message={
            error instanceof ApiRequestError && error.code === 'TOKEN_EXPIRED'
              ? t('invitation.codeExpired')
              : error instanceof ApiRequestError && error.status === 400
                ? t('invitation.codeInvalid')
                : undefined
          }
        />
        <TextInput
          label={t('invitation.codeLabel')}
          description={t('invitation.codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          size="md"
          {...form.input('code')}
        />
        <Button type="submit" size="md" loading={checking}>
          {t('invitation.codeSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
