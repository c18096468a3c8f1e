import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useLocale } from '../../../components/i18n/use-locale';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMyAssignment } from '../api/get-my-assignments';
import { FeedbackList } from '../components/common/feedback-list';
import { LoadProblem } from '../components/common/load-problem';
import { ChangeSharing } from '../components/review/change-sharing';
import { SentAnswers } from '../components/review/sent-answers';
import { formatMoment } from '../utils/dates';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/** /mijn/oefeningen/:assignmentId/verstuurd/:responseId — what was sent, the feedback, sharing. */
export function SentResponsePage() {
  const { assignmentId = '', responseId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const { locale } = useLocale();
  const justSent = (useLocation().state as { justSent?: boolean } | null)?.justSent === true;
  const detail = useMyAssignment(assignmentId);
  const [changing, setChanging] = useState(false);
  useDocumentTitle(t('sent.documentTitle'));
  if (detail.isPending) return <PageLoader />;
  const response = detail.data?.submitted.find((r) => r.id === responseId);
  if (detail.isError || !detail.data || !response)
    return <LoadProblem error={detail.error} backTo="/mijn" backLabel={t('common.backHome')} />;
  const { content, assignment } = detail.data;
  const general = response.feedback.filter((f) => f.stepId === null);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/mijn/oefeningen/${assignmentId}`} size="sm">
        {t('sent.backToExercise')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {assignment.moduleTitle}
        </Title>
        <Text c="dimmed">
          {t('intro.sentOn', {
            date: formatMoment(response.submittedAt ?? response.updatedAt, locale),
          })}
        </Text>
      </Stack>
      {justSent && (
        <Alert variant="light" color="sage" title={t('sent.thanksTitle')}>
          {t('sent.thanksBody')}
        </Alert>
      )}
      {general.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('sent.generalFeedback')}
          </Title>
          <FeedbackList feedback={general} />
        </Stack>
      )}
      {changing ? (
        <ChangeSharing
          assignmentId={assignmentId}
          content={content}
          response={response}
          onDone={() => setChanging(false)}
        />
      ) : (
        <>
          <Text>{t('sent.intro')}</Text>
          <Button variant="light" w="fit-content" onClick={() => setChanging(true)}>
            {t('sent.change')}
          </Button>
          <SentAnswers content={content} response={response} />
        </>
      )}
    </Stack>
  );
}
