import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { AuthCard } from '../components/auth-card';
import { DemoOutboxHint } from '../components/demo-outbox-hint';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { EMAIL_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

export function ForgotPasswordPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('forgot.documentTitle'));
  const request = useRequestPasswordReset();
  const { bindForm, ...form } = useSimpleForm({ email: '' }, { email: EMAIL_RULE });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    request.mutate(form.values, { onError: (error) => form.showServerProblems(error) });
  }

  return (
    <AuthCard title={t('forgot.title')} intro={t('forgot.intro')}>
      {request.isSuccess ? (
        <Stack gap="md">
          <Notice>{t('forgot.sent', { email: form.values.email })}</Notice>
          <Text>{t('forgot.sentMore')}</Text>
          <Text>
            {t('forgot.noMail')}{' '}
            <Anchor component={Link} to="/wachtwoord-herstellen">
              {t('forgot.haveCode')}
            </Anchor>
          </Text>
          <DemoOutboxHint />
          <Anchor component={Link} to="/inloggen">
            {t('common.toLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form ref={bindForm} onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert error={request.error} />
            <TextInput
              label={t('common.email')}
              type="email"
              inputMode="email"
              autoComplete="email"
              {...form.input('email')}
            />
            <Button type="submit" size="md" loading={request.isPending}>
              {t('forgot.submit')}
            </Button>
            <Anchor component={Link} to="/wachtwoord-herstellen">
              {t('forgot.haveCode')}
            </Anchor>
            <Anchor component={Link} to="/inloggen">
              {t('common.toLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
