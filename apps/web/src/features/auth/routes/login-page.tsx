import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { homeFor, useMe } from '../../../lib/session/get-me';
import { useLogIn } from '../api/log-in';
import { type LoginPageState, useClearSessionCache } from '../api/log-out';
import { AuthCard } from '../components/auth-card';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PasswordField } from '../components/password-field';
import { needsCode } from '../lib/needs-code';
import { safeReturnPath } from '../lib/return-path';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

export function LoginPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('login.documentTitle'));
  const navigate = useNavigate();
  const reason = (useLocation().state as LoginPageState | null)?.reason;
  useClearSessionCache(reason !== undefined);
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const { data: me } = useMe();
  const logIn = useLogIn();
  const { bindForm, ...form } = useSimpleForm(
    { email: '', password: '' },
    { email: { required: true, email: true }, password: { required: true } },
  );

  // Already logged in (a bookmark, the back button): straight on, unless someone just left.
  if (me && !needsCode(me) && !reason && !logIn.isPending)
    return <Navigate to={returnTo ?? homeFor(me)} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    logIn.mutate(form.values, {
      onSuccess: (next) => {
        if (needsCode(next)) {
          const search = returnTo ? `?terug=${encodeURIComponent(returnTo)}` : '';
          void navigate(`/inloggen/code${search}`, { replace: true });
        } else void navigate(returnTo ?? homeFor(next), { replace: true });
      },
      onError: (error) => form.showServerProblems(error),
    });
  }

  return (
    <AuthCard title={t('login.title')}>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md">
          {reason && <Notice>{t(`login.${reason}`)}</Notice>}
          <FormAlert error={logIn.error} />
          <TextInput
            label={t('common.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            {...form.input('email')}
          />
          <PasswordField {...form.input('password')} />
          <Button type="submit" loading={logIn.isPending} size="md">
            {t('login.submit')}
          </Button>
          <Anchor component={Link} to="/wachtwoord-vergeten">
            {t('login.forgot')}
          </Anchor>
        </Stack>
      </form>
      <Stack gap="xs" mt="xl">
        <Text size="sm">
          {t('login.invitation')}{' '}
          <Anchor component={Link} to="/uitnodiging">
            {t('login.invitationLink')}
          </Anchor>
        </Text>
        <Text size="sm">
          {t('login.signUp')}{' '}
          <Anchor component={Link} to="/aanmelden">
            {t('login.signUpLink')}
          </Anchor>
        </Text>
      </Stack>
    </AuthCard>
  );
}
