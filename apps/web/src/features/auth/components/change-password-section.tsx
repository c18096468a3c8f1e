import { Button, Stack, Title } from '@mantine/core';
import { type FormEvent, useId } from 'react';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useChangePassword } from '../api/change-password';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PasswordField } from './password-field';
import { CURRENT_PASSWORD_RULE, NEW_PASSWORD_RULE } from '../../../lib/forms/rules';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** A new password; every other device is logged out by it (said before and after). */
export function ChangePasswordSection() {
  const { t } = useAuthTranslation();
  const titleId = useId();
  const change = useChangePassword();
  const { bindForm, ...form } = useSimpleForm(
    { currentPassword: '', newPassword: '' },
    { currentPassword: CURRENT_PASSWORD_RULE, newPassword: NEW_PASSWORD_RULE },
  );
  const wrongCurrent =
    change.error instanceof ApiRequestError && change.error.code === 'INVALID_CREDENTIALS';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    change.mutate(form.values, {
      onSuccess: () => form.setValues({ currentPassword: '', newPassword: '' }),
      onError: form.showServerProblems,
    });
  }

  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Title order={2} id={titleId}>
        {t('account.password.title')}
      </Title>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          {change.isSuccess && <Notice>{t('account.password.done')}</Notice>}
          <FormAlert
            error={change.error}
            message={wrongCurrent ? t('account.password.wrongCurrent') : undefined}
          />
          <PasswordField label={t('account.password.current')} {...form.input('currentPassword')} />
          <PasswordField isNew label={t('account.password.new')} {...form.input('newPassword')} />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
