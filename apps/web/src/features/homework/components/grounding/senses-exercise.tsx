import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

const SENSES = ['see', 'feel', 'hear', 'smell', 'taste'] as const;

/** 5-4-3-2-1: name what you notice with each sense, one at a time, back to the here and now. */
export function SensesExercise() {
  const { t } = useHomeworkTranslation();
  const [index, setIndex] = useState(0);
  const sense = SENSES[index] ?? 'see';
  const last = index === SENSES.length - 1;
  return (
    <Stack gap="sm">
      <Text>{t('grounding.senses.intro')}</Text>
      <div aria-live="polite">
        <Title order={3} size="h4">
          {t(`grounding.senses.${sense}.title`)}
        </Title>
        <Text>{t(`grounding.senses.${sense}.body`)}</Text>
      </div>
      <Group gap="xs">
        {last ? (
          <Button variant="light" onClick={() => setIndex(0)}>
            {t('grounding.senses.again')}
          </Button>
        ) : (
          <Button variant="light" onClick={() => setIndex(index + 1)}>
            {t('grounding.senses.next')}
          </Button>
        )}
      </Group>
      {last && <Text size="sm">{t('grounding.senses.done')}</Text>}
    </Stack>
  );
}
