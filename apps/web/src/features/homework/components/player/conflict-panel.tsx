import { Alert, Button, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ModuleContent } from '@oefenruimte/shared';
import { useState } from 'react';
import { stepHeading } from '../../utils/answers';
import type { ConflictChoice, StepConflict } from '../../utils/draft-conflicts';
import { AnswerView } from '../answers/answer-view';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ConflictPanelProps {
  readonly content: ModuleContent;
  readonly conflicts: readonly StepConflict[];
  readonly onResolve: (choices: Record<string, ConflictChoice>) => void;
}

/**
 * The same answers were changed on another device or tab. Both versions side by side, and the
 * client picks per answer; nothing is overwritten without asking.
 */
export function ConflictPanel({ content, conflicts, onResolve }: ConflictPanelProps) {
  const { t } = useHomeworkTranslation();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(conflicts.map((c) => [c.stepId, 'mine' as const])),
  );
  return (
    <Stack gap="md">
      <Alert color="sage" variant="light" title={t('conflict.title')}>
        {t('conflict.body')}
      </Alert>
      {conflicts.map((conflict) => {
        const step = content.steps.find((s) => s.id === conflict.stepId);
        if (!step) return null;
        const option = (choice: ConflictChoice) => (
          <Paper withBorder p="sm" radius="md">
            <Radio
              name={`conflict-${conflict.stepId}`}
              value={choice}
              checked={choices[conflict.stepId] === choice}
              onChange={() => setChoices({ ...choices, [conflict.stepId]: choice })}
              label={t(choice === 'mine' ? 'conflict.mine' : 'conflict.theirs')}
              mb="xs"
            />
            <AnswerView step={step} answer={choice === 'mine' ? conflict.mine : conflict.theirs} />
          </Paper>
        );
        return (
          <fieldset key={conflict.stepId} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <legend>
              <Title order={3} size="h4">
                {stepHeading(step)}
              </Title>
            </legend>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {option('mine')}
              {option('theirs')}
            </SimpleGrid>
          </fieldset>
        );
      })}
      <Text size="sm">{t('conflict.hint')}</Text>
      <Button onClick={() => onResolve(choices)} w="fit-content">
        {t('conflict.save')}
      </Button>
    </Stack>
  );
}
