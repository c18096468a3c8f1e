import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReviewBundle } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from '../../../lib/use-day-format';

/** Shared homework, what the client wants to discuss, feedback given, and the last afspraken. */
export function ReviewSidePanel({ bundle }: { bundle: ReviewBundle }) {
  const { t } = useTranslation('review');
  const format = useDayFormat();
  const discussCheckins = bundle.checkins.filter((c) => c.discuss);
  const discussResponses = bundle.responses.filter((r) => r.discussSteps > 0);
  const previous = bundle.previousReview;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={3} mb="xs">
          {t('review.discussTitle')}
        </Title>
        {discussCheckins.length + discussResponses.length === 0 ? (
          <Text c="dimmed">{t('review.discussEmpty')}</Text>
        ) : (
          <List spacing={4} data-testid="review-discuss">
            {discussCheckins.map((c) => (
              <List.Item key={c.id}>
                {t('review.discussCheckin', { day: format.long(c.day) })}
                {c.note ? `: ${c.note}` : ''}
              </List.Item>
            ))}
            {discussResponses.map((r) => (
              <List.Item key={r.id}>
                {r.moduleTitle} ({t('review.homeworkDiscuss', { count: r.discussSteps })})
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={3} mb="xs">
          {t('review.homeworkTitle')}
        </Title>
        {bundle.responses.length === 0 ? (
          <Text c="dimmed">{t('review.homeworkEmpty')}</Text>
        ) : (
          <List spacing={4}>
            {bundle.responses.map((r) => (
              <List.Item key={r.id}>
                <Text span fw={600}>
                  {r.moduleTitle}
                </Text>{' '}
                · {r.submittedAt ? format.date(r.submittedAt) : t('review.notSubmitted')} ·{' '}
                {t('review.homeworkLine', { shared: r.sharedSteps })}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" c="dimmed" mt="xs">
          {t('review.feedback', { count: bundle.feedbackCount })}
        </Text>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={3} mb="xs">
          {t('review.previousTitle')}
        </Title>
        {!previous ? (
          <Text c="dimmed">{t('review.previousEmpty')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('review.previousBy', { date: format.date(previous.createdAt) })}
            </Text>
            <List spacing={4}>
              {previous.agreements.map((a) => (
                <List.Item key={a.id}>
                  {a.text}
                  {a.moduleTitle ? ` (${a.moduleTitle})` : ''}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Paper>
    </Stack>
  );
}
