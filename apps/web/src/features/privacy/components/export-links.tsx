import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Plain download links: the browser saves the file, nothing runs through the page. */
export function ExportLinks() {
  const { t } = useTranslation('privacy');
  const links = [
    { href: '/api/me/export', label: t('data.downloadJson'), help: t('data.downloadJsonHelp') },
    {
      href: '/api/me/export.html',
      label: t('data.downloadHtml'),
      help: t('data.downloadHtmlHelp'),
    },
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('data.downloadTitle')}
        </Title>
        <Text>{t('data.downloadIntro')}</Text>
        {links.map((link) => (
          <Stack gap={0} key={link.href}>
            <Anchor href={link.href} download fw={600}>
              {link.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {link.help}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
