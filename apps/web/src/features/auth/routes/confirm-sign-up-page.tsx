import { Anchor, Button, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useConfirmSignUp } from '../api/sign-up';
import { AuthCard } from '../components/auth-card';
import { PasswordField } from '../components/password-field';
import { NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useFragmentSecret } from '../lib/use-fragment-secret';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/**
 * Where the link from the confirmation mail lands: `/aanmelden/bevestigen#<token>`. Here the
 * therapist chooses the password (only whoever reads the mail can), and a button, not an
 * automatic request, makes the account, so a mail program that opens links cannot use it up.
 */
export function ConfirmSignUpPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('confirmSignUp.documentTitle'));
  const token = useFragmentSecret();
  const navigate = useNavigate();
  const confirm = useConfirmSignUp();
  const { bindForm, ...form } = useSimpleForm({ password: '' }, { password: NEW_PASSWORD_RULE });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token || !form.validate()) return;
    confirm.mutate(
      { token, password: form.values.password },
      {
        onSuccess: () => void navigate('/praktijk/account', { replace: true }),
        onError: (error) => form.showServerProblems(error),
      },
    );
  }

  return (
    <AuthCard title={t('confirmSignUp.title')} intro={token ? t('confirmSignUp.intro') : undefined}>
      <Stack gap="md">
        <FormAlert error={confirm.error} />
        {token ? (
          <form ref={bindForm} onSubmit={submit} noValidate>
            <Stack gap="md">
              <PasswordField isNew {...form.input('password')} />
              <Button type="submit" size="md" loading={confirm.isPending}>
                {t('confirmSignUp.submit')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Text>{t('confirmSignUp.noToken')}</Text>
        )}
        <Anchor component={Link} to="/aanmelden">
          {t('confirmSignUp.again')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}
