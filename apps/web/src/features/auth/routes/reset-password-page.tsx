import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useResetPassword } from '../api/reset-password';
import { AuthCard } from '../components/auth-card';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PasswordField } from '../components/password-field';
import { NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { useFragmentSecret } from '../lib/use-fragment-secret';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/**
 * Where the link from the reset mail lands (`/wachtwoord-herstellen#<token>`). Without a
 * link, the person types the one-time code their practice handed them (a practice without
 * mail), next to the new password.
 */
export function ResetPasswordPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('reset.documentTitle'));
  const token = useFragmentSecret();
  const reset = useResetPassword();
  const { bindForm, ...form } = useSimpleForm(
    { code: '', password: '' },
    { password: NEW_PASSWORD_RULE, ...(token ? {} : { code: { required: true, min: 8 } }) },
  );
  const used =
    reset.error instanceof ApiRequestError &&
    (reset.error.code === 'TOKEN_INVALID' || reset.error.code === 'TOKEN_EXPIRED');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    reset.mutate(
      { token: token ?? form.values.code.trim(), password: form.values.password },
      { onError: form.showServerProblems },
    );
  }

  if (token && used)
    return (
      <AuthCard title={t('reset.title')}>
        <Stack gap="md">
          <FormAlert error={reset.error} />
          <Anchor component={Link} to="/wachtwoord-vergeten">
            {t('reset.requestNew')}
          </Anchor>
        </Stack>
      </AuthCard>
    );

  if (reset.isSuccess)
    return (
      <AuthCard title={t('reset.title')}>
        <Stack gap="md">
          <Notice>{t('reset.done')}</Notice>
          <Button component={Link} to="/inloggen" size="md">
            {t('common.toLogin')}
          </Button>
        </Stack>
      </AuthCard>
    );

  return (
    <AuthCard title={t('reset.title')} intro={t(token ? 'reset.intro' : 'reset.introCode')}>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={reset.error} message={used ? t('reset.codeUsed') : undefined} />
          {!token && (
            <TextInput
              label={t('reset.code')}
              description={t('reset.codeHint')}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              {...form.input('code')}
            />
          )}
          <PasswordField isNew label={t('reset.newPassword')} {...form.input('password')} />
          <Button type="submit" size="md" loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
          {!token && (
            <Anchor component={Link} to="/wachtwoord-vergeten">
              {t('reset.byMail')}
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}
