import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code arrives; announced once, politely, to screen readers. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader size="md" aria-hidden="true" />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
