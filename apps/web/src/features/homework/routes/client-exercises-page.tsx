import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useClientAssignments } from '../api/get-client-assignments';
import { useSharedResponses } from '../api/get-shared-responses';
import { LoadProblem } from '../components/common/load-problem';
import { AssignModal } from '../components/library/assign-modal';
import { AssignmentRow } from '../components/therapist/assignment-row';
import { SharedResponseList } from '../components/therapist/shared-response-list';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/** /praktijk/clienten/:clientId/oefeningen — this client's homework and what they shared. */
export function ClientExercisesPage() {
  const { clientId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const assignments = useClientAssignments(clientId);
  const responses = useSharedResponses(clientId);
  const [assigning, { open, close }] = useDisclosure(false);
  const [assigned, setAssigned] = useState(false);
  return (
    <Stack gap="xl">
      <section aria-labelledby="hw-assignments">
        <Group justify="space-between" gap="sm" mb="sm">
          <Title order={2} id="hw-assignments">
            {t('therapist.assignmentsTitle')}
          </Title>
          <Button onClick={open}>{t('therapist.assign')}</Button>
        </Group>
        {assigned && (
          <Alert variant="light" color="sage" role="status" mb="sm">
            {t('assign.doneHere')}
          </Alert>
        )}
        {assignments.isPending ? (
          <PageLoader />
        ) : assignments.isError ? (
          <LoadProblem error={assignments.error} onRetry={() => void assignments.refetch()} />
        ) : assignments.data.length === 0 ? (
          <Text>{t('therapist.noAssignments')}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {assignments.data.map((a) => (
              <AssignmentRow key={a.id} clientId={clientId} assignment={a} />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="hw-shared">
        <Title order={2} id="hw-shared" mb={4}>
          {t('therapist.sharedTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('therapist.sharedIntro')}
        </Text>
        {responses.isPending ? (
          <PageLoader />
        ) : responses.isError ? (
          <LoadProblem error={responses.error} onRetry={() => void responses.refetch()} />
        ) : responses.data.length === 0 ? (
          <Text>{t('therapist.noShared')}</Text>
        ) : (
          <SharedResponseList clientId={clientId} responses={responses.data} />
        )}
      </section>
      <AssignModal
        opened={assigning}
        onClose={close}
        clientId={clientId}
        title={t('assign.titleClient')}
        onAssigned={() => {
          close();
          setAssigned(true);
        }}
      />
    </Stack>
  );
}
