import { Button, Stack, Text, TextInput } from '@mantine/core';
import type { InvitationPreview, Me } from '@oefenruimte/shared';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useAcceptInvitation } from '../api/accept-invitation';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { PasswordField } from './password-field';
import { EMAIL_RULE, NAME_RULE, NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { stashedInvitation } from '../lib/stashed-invitation';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

interface InvitationAcceptFormProps {
  readonly code: string;
  readonly preview: InvitationPreview;
  readonly onAccepted: (me: Me) => void;
}

/** Name, e-mail and a password: the whole account. The therapist's guesses are filled in. */
export function InvitationAcceptForm({ code, preview, onAccepted }: InvitationAcceptFormProps) {
  const { t } = useAuthTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const { bindForm, ...form } = useSimpleForm(
    { name: preview.name, email: preview.email ?? '', password: '' },
    { name: NAME_RULE, email: EMAIL_RULE, password: NEW_PASSWORD_RULE },
  );
  const emailTaken = accept.error instanceof ApiRequestError && accept.error.code === 'EMAIL_TAKEN';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    accept.mutate(
      { code, ...form.values },
      { onSuccess: onAccepted, onError: form.showServerProblems },
    );
  }

  function logInFirst() {
    stashedInvitation.save(code);
    void navigate('/inloggen?terug=%2Fuitnodiging');
  }

  return (
    <form ref={bindForm} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert error={accept.error}>
          {emailTaken && (
            <Stack gap="xs" mt="sm" align="flex-start">
              <Text>{t('invitation.emailTaken')}</Text>
              <Button variant="default" onClick={logInFirst}>
                {t('invitation.logInFirst')}
              </Button>
            </Stack>
          )}
        </FormAlert>
        <TextInput
          label={t('invitation.nameLabel')}
          description={t('invitation.nameHint')}
          autoComplete="name"
          size="md"
          {...form.input('name')}
        />
        <TextInput
          label={t('common.email')}
          description={t('invitation.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          size="md"
          {...form.input('email')}
        />
        <PasswordField isNew size="md" {...form.input('password')} />
        <Button type="submit" size="md" loading={accept.isPending}>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
