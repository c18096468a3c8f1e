import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Agreement, Review } from '@oefenruimte/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useAssignModule } from '../../api/assign-module';

/** The saved afspraken, as the client will see them, with a way to assign a linked module. */
export function SavedReview({ review, onNew }: { review: Review; onNew: () => void }) {
  const { t } = useTranslation('checkins');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder p="md" radius="md" role="status">
      <Stack gap="sm">
        <Title order={2} ref={heading} tabIndex={-1}>
          {t('review.savedTitle')}
        </Title>
        <Text>{t('review.savedIntro')}</Text>
        <List spacing="sm" data-testid="saved-agreements">
          {review.agreements.map((agreement) => (
            <List.Item key={agreement.id}>
              <Text>{agreement.text}</Text>
              {agreement.moduleId && (
                <AssignButton clientId={review.clientId} agreement={agreement} />
              )}
            </List.Item>
          ))}
        </List>
        <Button variant="subtle" onClick={onNew} style={{ alignSelf: 'flex-start' }}>
          {t('review.newReview')}
        </Button>
      </Stack>
    </Paper>
  );
}

function AssignButton({ clientId, agreement }: { clientId: string; agreement: Agreement }) {
  const { t } = useTranslation('checkins');
  const toMessage = useErrorMessage();
  const assign = useAssignModule(clientId);
  const title = agreement.moduleTitle ?? '';
  if (assign.isSuccess) return <Text size="sm">{t('review.assigned', { title })}</Text>;
  return (
    <Stack gap={4} mt={4} align="flex-start">
      <Button
        size="xs"
        variant="light"
        loading={assign.isPending}
        onClick={() => agreement.moduleId && assign.mutate(agreement.moduleId)}
      >
        {t('review.assign', { title })}
      </Button>
      {assign.isError && (
        <Alert color="orange" variant="light" p="xs" role="alert">
          {toMessage(assign.error)}
        </Alert>
      )}
    </Stack>
  );
}
