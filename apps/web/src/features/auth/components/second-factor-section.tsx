import { Button, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@oefenruimte/shared';
import { useId, useState } from 'react';
import { useConfirmSecondFactor } from '../api/confirm-second-factor';
import { useSetUpSecondFactor } from '../api/set-up-second-factor';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { RecoveryCodes } from './recovery-codes';
import { SecondFactorEnrol } from './second-factor-enrol';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** Turning on the code from an app; therapists need it before they can open client data. */
export function SecondFactorSection({ me }: { me: Me }) {
  const { t } = useAuthTranslation();
  const titleId = useId();
  const setup = useSetUpSecondFactor();
  // Owned here, not by the enrol form: that form disappears as soon as the account says
  // "enrolled", and the recovery codes must stay until the person has saved them.
  const confirm = useConfirmSecondFactor();
  const [saved, setSaved] = useState(false);

  let body;
  if (confirm.data && !saved)
    body = <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={() => setSaved(true)} />;
  else if (me.secondFactor.enrolled) body = <Notice>{t('account.secondFactor.on')}</Notice>;
  else if (setup.data) body = <SecondFactorEnrol setup={setup.data} confirm={confirm} />;
  else
    body = (
      <Stack gap="md" align="flex-start">
        <Text>
          {me.secondFactor.required
            ? t('account.secondFactor.whyRequired')
            : t('account.secondFactor.why')}
        </Text>
        <FormAlert error={setup.error} />
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('account.secondFactor.start')}
        </Button>
      </Stack>
    );

  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Title order={2} id={titleId}>
        {t('account.secondFactor.title')}
      </Title>
      {body}
    </Stack>
  );
}
