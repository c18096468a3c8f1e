import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import type { ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { stepHeading } from '../../utils/answers';
import { AnswerView } from '../answers/answer-view';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface SharePreviewProps {
  readonly content: ModuleContent;
  readonly answers: ModuleAnswers;
  readonly share: readonly string[];
  readonly discuss: readonly string[];
  readonly headingId?: string;
}

/** "Dit ziet je therapeut": exactly the shared answers, drawn the way the therapist sees them. */
export function SharePreview({ content, answers, share, discuss, headingId }: SharePreviewProps) {
  const { t } = useHomeworkTranslation();
  const steps = content.steps.filter((step) => share.includes(step.id));
  return (
    <Paper p="md" radius="md" bg="sage.0" withBorder>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('share.previewTitle')}
      </Title>
      {steps.length === 0 ? (
        <Text>{t('share.previewNothing')}</Text>
      ) : (
        <Stack gap="md">
          {steps.map((step) => (
            <div key={step.id}>
              <Text fw={600}>{stepHeading(step)}</Text>
              {discuss.includes(step.id) && (
                <Badge variant="light" color="sage" tt="none" my={4}>
                  {t('share.discussBadge')}
                </Badge>
              )}
              <AnswerView step={step} answer={answers[step.id]} />
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
