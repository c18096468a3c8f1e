import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useSetUp, useSignUp } from '../api/sign-up';
import { AuthCard } from '../components/auth-card';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PasswordField } from '../components/password-field';
import { EMAIL_RULE, NAME_RULE, NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useFragmentSecret } from '../lib/use-fragment-secret';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/**
 * A therapist asks for an account and their practice; a mail confirms the address, and the
 * password is chosen there (ConfirmSignUpPage). With `setup` (`/installeren#CODE`), the first
 * owner of a new install uses the setup code from the terminal instead, chooses the password
 * here and is logged in at once.
 */
export function SignUpPage({ setup = false }: { setup?: boolean }) {
  const { t } = useAuthTranslation();
  useDocumentTitle(t(setup ? 'setup.documentTitle' : 'signUp.documentTitle'));
  const navigate = useNavigate();
  const signUp = useSignUp();
  const setUp = useSetUp();
  const mutation = setup ? setUp : signUp;
  const fragmentCode = useFragmentSecret();
  const { bindForm, ...form } = useSimpleForm(
    { name: '', email: '', password: '', practiceName: '', setupCode: fragmentCode ?? '' },
    {
      name: NAME_RULE,
      email: EMAIL_RULE,
      practiceName: NAME_RULE,
      ...(setup ? { password: NEW_PASSWORD_RULE, setupCode: { required: true } } : {}),
    },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    const { setupCode, password, ...request } = form.values;
    if (setup)
      setUp.mutate(
        { ...request, password, setupCode: setupCode.trim() },
        {
          onSuccess: () => void navigate('/praktijk/account', { replace: true }),
          onError: (error) => form.showServerProblems(error),
        },
      );
    else signUp.mutate(request, { onError: (error) => form.showServerProblems(error) });
  }

  if (signUp.isSuccess)
    return (
      <AuthCard title={t('signUp.checkMailTitle')}>
        <Stack gap="md">
          <Notice>{t('signUp.checkMail', { email: form.values.email })}</Notice>
          <Text>{t('signUp.checkMailMore')}</Text>
          <Anchor component={Link} to="/inloggen">
            {t('common.toLogin')}
          </Anchor>
        </Stack>
      </AuthCard>
    );

  return (
    <AuthCard
      title={t(setup ? 'setup.title' : 'signUp.title')}
      intro={t(setup ? 'setup.intro' : 'signUp.intro')}
    >
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={mutation.error} />
          {setup && (
            <TextInput
              label={t('setup.code')}
              description={t('setup.codeHint')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...form.input('setupCode')}
            />
          )}
          <TextInput label={t('common.name')} autoComplete="name" {...form.input('name')} />
          <TextInput
            label={t('common.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            {...form.input('email')}
          />
          {setup && <PasswordField isNew {...form.input('password')} />}
          <TextInput
            label={t('signUp.practiceName')}
            description={t('signUp.practiceNameHint')}
            autoComplete="organization"
            {...form.input('practiceName')}
          />
          <Button type="submit" size="md" loading={mutation.isPending}>
            {t('signUp.submit')}
          </Button>
        </Stack>
      </form>
      <Stack gap="xs" mt="xl">
        <Text size="sm">
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/inloggen">
            {t('signUp.logIn')}
          </Anchor>
        </Text>
        <Text size="sm">{t('signUp.clientNote')}</Text>
      </Stack>
    </AuthCard>
  );
}

/** `/installeren#CODE`: the first owner of a practice-mode install. */
export function SetUpPage() {
  return <SignUpPage setup />;
}
