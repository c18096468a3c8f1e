import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { homeFor, useMe } from '../../../lib/session/get-me';
import { useLogOut } from '../api/log-out';
import { useVerifySecondFactor } from '../api/verify-second-factor';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { needsCode } from '../lib/needs-code';
import { safeReturnPath } from '../lib/return-path';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';
import { AppCodeField } from '../components/app-code-field';

/** The second step of logging in: the code from the app, or a recovery code. */
export function SecondFactorPage() {
  const { t } = useAuthTranslation();
  useDocumentTitle(t('secondFactor.documentTitle'));
  const navigate = useNavigate();
  const logOut = useLogOut();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const { data: me, isPending } = useMe();
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const { bindForm, ...form } = useSimpleForm({ code: '' }, { code: { required: true } });

  if (isPending) return <PageLoader />;
  if (!me) return <Navigate to="/inloggen" replace />;
  if (!needsCode(me) && !verify.isPending) return <Navigate to={returnTo ?? homeFor(me)} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    verify.mutate(
      { code: form.values.code.trim(), recovery },
      {
        onSuccess: (next) => void navigate(returnTo ?? homeFor(next), { replace: true }),
        onError: (error) => form.showServerProblems(error),
      },
    );
  }

  function switchMode() {
    setRecovery((current) => !current);
    form.setValue('code', '');
    verify.reset();
  }

  return (
    <AuthCard title={t('secondFactor.title')} intro={t('secondFactor.intro')}>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert error={verify.error} />
          {recovery ? (
            <TextInput
              key="recovery"
              label={t('secondFactor.recoveryLabel')}
              description={t('secondFactor.recoveryHint')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...form.input('code')}
            />
          ) : (
            <AppCodeField key="app" {...form.input('code')} />
          )}
          <Button type="submit" size="md" loading={verify.isPending}>
            {t('secondFactor.submit')}
          </Button>
          <Anchor component="button" type="button" onClick={switchMode} ta="left">
            {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecovery')}
          </Anchor>
        </Stack>
      </form>
      <Text size="sm" mt="xl">
        <Anchor component="button" type="button" onClick={() => void logOut()}>
          {t('secondFactor.otherAccount')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
