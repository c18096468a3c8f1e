import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useColleagues } from '../api/get-colleagues';
import { ResetCodeMaker } from './reset-code-section';

/** The owner's colleagues, each with a way back in when a password is lost (no mail needed). */
export function ColleaguesSection() {
  const { t } = useTranslation('practice');
  const colleagues = useColleagues(true);
  let body;
  if (colleagues.isPending) body = <PageLoader />;
  else if (colleagues.isError) body = <FormAlert error={colleagues.error} />;
  else if (colleagues.data.length === 0) body = <Text>{t('colleagues.none')}</Text>;
  else
    body = (
      <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
        {colleagues.data.map((colleague) => (
          <Paper component="li" key={colleague.id} withBorder radius="md" p="md">
            <Stack gap="xs">
              <Group gap="xs">
                <Text fw={700}>{colleague.name}</Text>
                <Text c="dimmed">{colleague.email}</Text>
              </Group>
              <ResetCodeMaker userId={colleague.id} name={colleague.name} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Stack component="section" gap="md" aria-label={t('colleagues.title')}>
      <Title order={2}>{t('colleagues.title')}</Title>
      <Text>{t('colleagues.intro')}</Text>
      {body}
    </Stack>
  );
}
