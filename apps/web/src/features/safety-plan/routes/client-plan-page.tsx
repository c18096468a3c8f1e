import { Alert, Stack, Text, Title } from '@mantine/core';
import { usePlanTranslation } from '../i18n/use-plan-translation';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormatDate } from '../../../lib/format-date';
import { useClientPlan } from '../api/get-client-plan';
import { PlanView } from '../components/plan-view';

/** /praktijk/clienten/:clientId/signaleringsplan: the client's plan, while they share it. */
export function ClientPlanPage() {
  const { t } = usePlanTranslation();
  useDocumentTitle(t('therapist.title'));
  const { clientId = '' } = useParams();
  const format = useFormatDate();
  const plan = useClientPlan(clientId);
  let body;
  if (plan.isPending) body = <PageLoader />;
  else if (plan.isError)
    body = (
      <Alert color="orange" variant="light" role="alert">
        {t('page.loadError')}
      </Alert>
    );
  else if (!plan.data) body = <Text>{t('therapist.notShared')}</Text>;
  else
    body = (
      <>
        <Text size="sm" c="dimmed">
          {t('therapist.readOnly')} {t('page.updated', { date: format.date(plan.data.updatedAt) })}
        </Text>
        <PlanView content={plan.data.content} />
      </>
    );
  return (
    <Stack gap="md">
      <Title order={2}>{t('therapist.title')}</Title>
      {body}
    </Stack>
  );
}
