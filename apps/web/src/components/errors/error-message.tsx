import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../use-document-title';

/**
 * What someone sees when the app itself fails. It works without the router (the top-level
 * boundary sits outside it), so "home" is a plain link: a full reload also clears a bad state.
 */
export function ErrorMessage() {
  const { t } = useTranslation();
  useDocumentTitle(t('error.documentTitle'));
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t('error.title')}</Title>
      <Text size="lg">{t('error.body')}</Text>
      <Group gap="sm">
        <Button onClick={() => window.location.reload()}>{t('error.retry')}</Button>
        <Button component="a" href="/" variant="default">
          {t('error.home')}
        </Button>
      </Group>
    </Stack>
  );
}
