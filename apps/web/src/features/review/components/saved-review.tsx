import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Agreement, Review } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/api/use-error-message';

/** Assigns a module once to the review's client (homework owns the call and its cache). */
type Assign = (moduleId: string) => Promise<unknown>;

/** The saved afspraken, as the client will see them, with a way to assign a linked module. */
export function SavedReview({
  review,
  onNew,
  assign,
}: {
  review: Review;
  onNew: () => void;
  assign: Assign;
}) {
  const { t } = useTranslation('review');
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
              {agreement.moduleId && <AssignButton assign={assign} agreement={agreement} />}
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

function AssignButton({
  assign: assignModule,
  agreement,
}: {
  assign: Assign;
  agreement: Agreement;
}) {
  const { t } = useTranslation('review');
  const toMessage = useErrorMessage();
  const assign = useMutation({ mutationFn: assignModule });
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
