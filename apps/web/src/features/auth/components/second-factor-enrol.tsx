import { Button, Code, Image, List, Stack, Text } from '@mantine/core';
import type { TotpSetupResponse } from '@oefenruimte/shared';
import type { FormEvent } from 'react';
import type { useConfirmSecondFactor } from '../api/confirm-second-factor';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useSimpleForm } from '../../../lib/forms/use-simple-form';
import { useAuthTranslation } from '../i18n/use-auth-translation';
import { AppCodeField } from './app-code-field';

interface SecondFactorEnrolProps {
  readonly setup: TotpSetupResponse;
  readonly confirm: ReturnType<typeof useConfirmSecondFactor>;
}

/** Scan (or type) the secret, then prove it works with the first code. */
export function SecondFactorEnrol({ setup, confirm }: SecondFactorEnrolProps) {
  const { t } = useAuthTranslation();
  const { bindForm, ...form } = useSimpleForm({ code: '' }, { code: { required: true } });
  const grouped = setup.secret.match(/.{1,4}/g)?.join(' ') ?? setup.secret;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate()) return;
    confirm.mutate(form.values.code.replace(/\s/g, ''), { onError: form.showServerProblems });
  }

  return (
    <Stack gap="md">
      <List type="ordered" spacing="sm">
        <List.Item>{t('account.secondFactor.step1')}</List.Item>
        <List.Item>{t('account.secondFactor.step2')}</List.Item>
        <List.Item>{t('account.secondFactor.step3')}</List.Item>
      </List>
      <Image
        src={setup.qrCodeDataUrl}
        alt={t('account.secondFactor.qrAlt')}
        w={200}
        h={200}
        bg="white"
        p="xs"
        radius="sm"
      />
      <Stack gap={4}>
        <Text size="sm">{t('account.secondFactor.manual')}</Text>
        <Code
          data-testid="totp-secret"
          fz="md"
          style={{ overflowWrap: 'anywhere', alignSelf: 'flex-start' }}
        >
          {grouped}
        </Code>
      </Stack>
      <form ref={bindForm} onSubmit={submit} noValidate>
        <Stack gap="md" maw={320}>
          <FormAlert error={confirm.error} />
          <AppCodeField {...form.input('code')} />
          <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.secondFactor.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
