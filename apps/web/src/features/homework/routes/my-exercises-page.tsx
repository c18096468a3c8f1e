import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/use-document-title';

/** The client's home. Lists the assigned exercises once homework lands; for now a calm welcome. */
export function MyExercisesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.clientHome'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.clientHome')}</Title>
      <Text>{t('app.name')}</Text>
    </Stack>
  );
}
