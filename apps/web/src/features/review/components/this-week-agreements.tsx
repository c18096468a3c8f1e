import { List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyReviews } from '../api/get-my-reviews';
import { useDayFormat } from '../../../lib/use-day-format';

/**
 * "Deze week": the afspraken from the latest review, with who and when. Made to sit on the
 * client's home page as well; it renders its own heading at the given level.
 */
export function ThisWeekAgreements({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('review');
  const format = useDayFormat();
  const reviews = useMyReviews();
  const latest = reviews.data?.[0];
  let body;
  if (reviews.isPending) body = <Skeleton h={60} />;
  else if (reviews.isError) body = <Text>{t('common.loadFailed')}</Text>;
  else if (!latest || latest.agreements.length === 0) body = <Text>{t('agreements.empty')}</Text>;
  else
    body = (
      <>
        <Text size="sm" c="dimmed">
          {t('agreements.byWhom', {
            name: latest.therapistName,
            date: format.date(latest.createdAt),
          })}
        </Text>
        <List spacing="xs" data-testid="this-week-agreements">
          {latest.agreements.map((agreement) => (
            <List.Item key={agreement.id}>
              <Text>{agreement.text}</Text>
              {agreement.moduleTitle && (
                <Text size="sm" c="dimmed">
                  {t('agreements.module', { title: agreement.moduleTitle })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </>
    );
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Stack gap="xs">
        <Title order={headingOrder} size="h3">
          {t('agreements.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
