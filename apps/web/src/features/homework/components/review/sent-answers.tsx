import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ClientResponse, ModuleContent } from '@oefenruimte/shared';
import { answeredSteps, stepHeading } from '../../utils/answers';
import { AnswerView } from '../answers/answer-view';
import { FeedbackList } from '../common/feedback-list';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** A sent response as the client sees it: every answer, whether it is shared, and the feedback. */
export function SentAnswers({
  content,
  response,
}: {
  content: ModuleContent;
  response: ClientResponse;
}) {
  const { t } = useHomeworkTranslation();
  return (
    <Stack gap="md">
      {answeredSteps(content, response.answers).map((step) => {
        const mark = response.marks[step.id];
        return (
          <Paper key={step.id} withBorder p="md" radius="md">
            <Stack gap="xs">
              <Text fw={600}>{stepHeading(step)}</Text>
              <Group gap="xs">
                <Badge variant="light" color={mark?.shared ? 'sage' : 'stone'} tt="none">
                  {mark?.shared ? t('sent.shared') : t('sent.private')}
                </Badge>
                {mark?.shared && mark.discuss && (
                  <Badge variant="outline" color="sage" tt="none">
                    {t('share.discussBadge')}
                  </Badge>
                )}
              </Group>
              <AnswerView step={step} answer={response.answers[step.id]} />
              <FeedbackList feedback={response.feedback.filter((f) => f.stepId === step.id)} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
