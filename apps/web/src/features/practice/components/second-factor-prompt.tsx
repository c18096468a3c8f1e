import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Instead of an error wall: what is needed, why, and one button to get there. */
export function SecondFactorPrompt() {
  const { t } = useTranslation('practice');
  return (
    <Paper withBorder radius="lg" p="xl" maw={640}>
      <Stack gap="md" align="flex-start">
        <Title order={2}>{t('secondFactorPrompt.title')}</Title>
        <Text>{t('secondFactorPrompt.body')}</Text>
        <Button component={Link} to="/praktijk/account">
          {t('secondFactorPrompt.action')}
        </Button>
      </Stack>
    </Paper>
  );
}
