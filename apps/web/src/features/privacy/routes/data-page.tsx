import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ME_QUERY_KEY } from '../../../lib/session/get-me';
import { DeleteAccountSection } from '../components/delete-account-section';
import { ExportLinks } from '../components/export-links';

/** /mijn/gegevens: download everything, or delete the account. */
export function DataPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('data.documentTitle'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState(false);

  if (deleted)
    return (
      <Paper withBorder p="lg" radius="md" role="status">
        <Stack gap="sm" align="flex-start">
          <Title order={1}>{t('data.goneTitle')}</Title>
          <Text>{t('data.goneBody')}</Text>
          <Button
            onClick={() => {
              // The session is gone; forgetting it here lets the start page load as a visitor.
              void navigate('/', { replace: true });
              queryClient.clear();
              queryClient.setQueryData(ME_QUERY_KEY, null);
            }}
          >
            {t('data.toStart')}
          </Button>
        </Stack>
      </Paper>
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('data.title')}</Title>
        <Text>{t('data.intro')}</Text>
      </Stack>
      <ExportLinks />
      <DeleteAccountSection onDeleted={() => setDeleted(true)} />
    </Stack>
  );
}
