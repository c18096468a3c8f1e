import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SENSES = ['see', 'feel', 'hear', 'smell', 'taste'] as const;

/** 5-4-3-2-1 and slow breathing: something to do with the body while reaching out. */
export function GroundingExercise() {
  const { t } = useTranslation('checkins');
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('help.groundingTitle')}
      </Title>
      <Text>{t('grounding.intro')}</Text>
      <Text>{t('grounding.senses')}</Text>
      <List spacing={4}>
        {SENSES.map((sense) => (
          <List.Item key={sense}>{t(`grounding.${sense}`)}</List.Item>
        ))}
      </List>
      <Text>{t('grounding.breathing')}</Text>
    </Stack>
  );
}
