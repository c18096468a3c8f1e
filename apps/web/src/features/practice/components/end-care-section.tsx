import { Button, Stack, Text, Title } from '@mantine/core';
import type { ClientSummary } from '@oefenruimte/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useEndCare } from '../api/end-care';
import { ConfirmModal } from './confirm-modal';

/** "Zorgrelatie beëindigen", with a confirmation that says what it means for both. */
export function EndCareSection({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('practice');
  const titleId = useId();
  const endCare = useEndCare(client.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" align="flex-start">
      <Title order={2} id={titleId}>
        {t('client.endCare.title')}
      </Title>
      <Text>{t('client.endCare.body', { name: client.name })}</Text>
      <FormAlert error={endCare.error} />
      <Button variant="default" onClick={() => setConfirming(true)}>
        {t('client.endCare.action')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('client.endCare.confirmTitle', { name: client.name })}
        body={t('client.endCare.confirmBody', { name: client.name })}
        confirmLabel={t('client.endCare.confirm')}
        loading={endCare.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => endCare.mutate(undefined, { onSettled: () => setConfirming(false) })}
      />
    </Stack>
  );
}
