import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { QuestionnaireResult } from '@oefenruimte/shared';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { HelpContact, usePracticeContact } from '../../components/help-panel/help-contact';
import { PageLoader } from '../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMyQuestionnaire, useMyResults } from '../../features/questionnaires/api/questionnaires';
import { QuestionnaireFlow } from '../../features/questionnaires/components/questionnaire-flow';
import { ResultView } from '../../features/questionnaires/components/result-view';
import { useQuestionnairesTranslation } from '../../features/questionnaires/i18n/use-questionnaires-translation';
import { fillPlan } from '../../features/questionnaires/lib/fill-items';

// The same full-screen help as after a danger check-in, fetched as soon as the questions show.
const loadDangerHelp = () => import('../../features/checkins/components/help/danger-help-view');
const DangerHelpView = lazy(async () => ({ default: (await loadDangerHelp()).DangerHelpView }));

/**
 * Combines filling in a questionnaire with the check-in's safety screen: a critical answer
 * opens the same help as a danger check-in. /mijn/vragenlijsten/:assignmentId
 */
export function QuestionnaireFillPage() {
  const { t } = useQuestionnairesTranslation();
  const { assignmentId = '' } = useParams();
  const detail = useMyQuestionnaire(assignmentId);
  const results = useMyResults();
  const practice = usePracticeContact();
  const [result, setResult] = useState<QuestionnaireResult | null>(null);
  const [help, setHelp] = useState(false);
  useDocumentTitle(detail.data?.assignment.title ?? t('list.documentTitle'));
  useEffect(() => {
    void loadDangerHelp().catch(() => undefined);
  }, []);

  let body;
  if (detail.isPending) body = <PageLoader />;
  else if (detail.isError)
    body = (
      <Alert color="orange" variant="light" role="alert">
        {t('fill.notFound')}
      </Alert>
    );
  else if (result) {
    const history = [
      ...(results.data ?? []).filter(
        (r) => r.questionnaireId === result.questionnaireId && r.id !== result.id,
      ),
      result,
    ];
    body = (
      <Stack gap="md">
        <Title order={2}>{t('result.title')}</Title>
        <ResultView result={result} history={history} headingOrder={3} />
      </Stack>
    );
  } else {
    const plan = fillPlan(detail.data.questionnaire);
    body = plan ? (
      <QuestionnaireFlow
        detail={detail.data}
        plan={plan}
        onSubmitted={(saved) => {
          setResult(saved);
          void results.refetch();
          if (saved.score?.safety) setHelp(true);
        }}
      />
    ) : (
      <Text>{t('fill.notFound')}</Text>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{detail.data?.assignment.title ?? t('list.title')}</Title>
      {body}
      <Anchor component={Link} to="/mijn/vragenlijsten">
        {t('result.backToList')}
      </Anchor>
      {help && (
        <Suspense fallback={<HelpContact practice={practice} />}>
          <DangerHelpView opened onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
