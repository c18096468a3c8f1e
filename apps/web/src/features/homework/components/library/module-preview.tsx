import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { useState } from 'react';
import { StepPager } from '../player/step-pager';
import { StepOverview } from './step-overview';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/**
 * The module exactly as a client gets it (the same step components, in a phone-wide frame).
 * The therapist may try the questions; nothing typed here is saved.
 */
export function ModulePreview({ content }: { content: ModuleContent }) {
  const { t } = useHomeworkTranslation();
  const [index, setIndex] = useState<number | null>(content.contentNote ? null : 0);
  const [answers, setAnswers] = useState<ModuleAnswers>({});
  const [finished, setFinished] = useState(false);
  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      <Paper
        withBorder
        radius="lg"
        p="md"
        w="100%"
        maw={420}
        bg="var(--mantine-color-body)"
        aria-label={t('preview.frameLabel')}
        component="section"
      >
        <Badge variant="light" color="stone" tt="none" mb="sm">
          {t('preview.notSaved')}
        </Badge>
        {finished ? (
          <Stack gap="sm">
            <Text>{t('preview.finished')}</Text>
            <Button
              variant="light"
              w="fit-content"
              onClick={() => {
                setFinished(false);
                setIndex(0);
              }}
            >
              {t('preview.restart')}
            </Button>
          </Stack>
        ) : index === null ? (
          <Stack gap="sm">
            <Alert variant="light" color="sage" title={t('contentNote.title')}>
              {content.contentNote}
            </Alert>
            <Button w="fit-content" onClick={() => setIndex(0)}>
              {t('intro.start')}
            </Button>
          </Stack>
        ) : (
          <StepPager
            content={content}
            answers={answers}
            index={index}
            onIndex={setIndex}
            onAnswer={(stepId, answer) => setAnswers({ ...answers, [stepId]: answer })}
            onFinish={() => setFinished(true)}
            finishLabel={t('player.toReview')}
          />
        )}
      </Paper>
      <StepOverview
        content={content}
        current={index}
        onSelect={(i) => {
          setFinished(false);
          setIndex(i);
        }}
      />
    </Group>
  );
}
