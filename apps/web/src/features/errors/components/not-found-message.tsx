import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';

/** Says the page is missing without suggesting the person did something wrong. */
export function NotFoundMessage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <Stack gap="md" maw={560} align="flex-start">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text size="lg">{t('notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
