import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useSignUp } from '../api/sign-up';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { PasswordField } from '../components/password-field';
import { EMAIL_RULE, NAME_RULE, NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';

/** A therapist makes an account and their practice in one step. */
export function SignUpPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signUp.documentTitle'));
  const navigate = useNavigate();
  const signUp = useSignUp();
  const { bindForm, ...form } = useSimpleForm(
    { name: '', email: '', password: '', practiceName: '' },
    { name: NAME_RULE, email: EMAIL_RULE, password: NEW_PASSWORD_RULE, practiceName: NAME_RULE },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    signUp.mutate(form.values, {
      onSuccess: () => void navigate('/praktijk/account', { replace: true }),
      onError: (error) => form.showServerProblems(error),
    });
  }

  return (
    <AuthCard title={t('signUp.title')} intro={t('signUp.intro')}>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={signUp.error} />
          <TextInput label={t('common.name')} autoComplete="name" {...form.input('name')} />
          <TextInput
            label={t('common.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            {...form.input('email')}
          />
          <PasswordField isNew {...form.input('password')} />
          <TextInput
            label={t('signUp.practiceName')}
            description={t('signUp.practiceNameHint')}
            autoComplete="organization"
            {...form.input('practiceName')}
          />
          <Button type="submit" size="md" loading={signUp.isPending}>
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
