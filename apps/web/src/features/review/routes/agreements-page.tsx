import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ThisWeekAgreements } from '../components/this-week-agreements';

/** /mijn/afspraken: for now the home of "Deze week". */
export function AgreementsPage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('agreements.documentTitle'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('agreements.pageTitle')}</Title>
      <ThisWeekAgreements />
    </Stack>
  );
}
