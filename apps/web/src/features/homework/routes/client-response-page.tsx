import { Anchor, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../../components/i18n/use-locale';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useSharedResponse } from '../api/get-shared-response';
import { AnswerView } from '../components/answers/answer-view';
import { FeedbackList } from '../components/common/feedback-list';
import { LoadProblem } from '../components/common/load-problem';
import { FeedbackForm } from '../components/therapist/feedback-form';
import { stepHeading } from '../utils/answers';
import { formatMoment } from '../utils/dates';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/** /praktijk/clienten/:clientId/oefeningen/:responseId — exactly what the client shared. */
export function ClientResponsePage() {
  const { clientId = '', responseId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  const response = useSharedResponse(clientId, responseId);
  const back = `/praktijk/clienten/${clientId}/oefeningen`;
  if (response.isPending) return <PageLoader />;
  if (response.isError)
    return <LoadProblem error={response.error} backTo={back} backLabel={t('therapist.back')} />;
  const { content, steps, feedback } = response.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={back} size="sm">
        {t('therapist.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{response.data.moduleTitle}</Title>
        {response.data.submittedAt && (
          <Text c="dimmed">
            {t('intro.sentOn', { date: formatMoment(response.data.submittedAt, locale) })}
          </Text>
        )}
        <Text size="sm">{t('therapist.onlyShared')}</Text>
      </Stack>
      {steps.map(({ stepId, answer, discuss }) => {
        const step = content.steps.find((s) => s.id === stepId);
        if (!step) return null;
        return (
          <Paper
            key={stepId}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={stepHeading(step)}
          >
            <Stack gap="sm">
              <Title order={3} size="h4">
                {stepHeading(step)}
              </Title>
              {discuss && (
                <Badge variant="light" color="sage" tt="none" w="fit-content">
                  {t('share.discussBadge')}
                </Badge>
              )}
              <AnswerView step={step} answer={answer} />
              <FeedbackList feedback={feedback.filter((f) => f.stepId === stepId)} />
              <FeedbackForm
                clientId={clientId}
                responseId={responseId}
                stepId={stepId}
                label={t('feedback.onAnswer', { step: stepHeading(step) })}
                folded
                openLabel={t('feedback.openFor', { step: stepHeading(step) })}
              />
            </Stack>
          </Paper>
        );
      })}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hw-general">
        <Stack gap="sm">
          <Title order={3} size="h4" id="hw-general">
            {t('feedback.generalTitle')}
          </Title>
          <FeedbackList feedback={feedback.filter((f) => f.stepId === null)} />
          <FeedbackForm clientId={clientId} responseId={responseId} label={t('feedback.general')} />
        </Stack>
      </Paper>
    </Stack>
  );
}
