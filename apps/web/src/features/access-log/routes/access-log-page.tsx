import { SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/session/get-me';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { useAccessLog } from '../api/get-access-log';
import { AccessLogList } from '../components/access-log-list';
import { LoadMoreButton } from '../../../components/load-more-button/load-more-button';
import { type Period, PERIODS, periodStart } from '../lib/period';

/**
 * For a client: "Wie heeft mijn gegevens bekeken" — what others looked at and tried to open,
 * in plain words; their own actions only when they ask. For a therapist: their own actions,
 * by day and client. Filtered by period, newest first.
 */
export function AccessLogPage() {
  const { t } = useTranslation('accessLog');
  const { data: me } = useMe();
  const perspective = me?.role === 'therapist' ? 'therapist' : 'client';
  const copy = perspective === 'client' ? 'accessLog.client' : 'accessLog.own';
  useDocumentTitle(t(`${copy}.documentTitle`));
  const periodLabel = useId();
  const [period, setPeriod] = useState<Period>('30');
  const [from, setFrom] = useState(() => periodStart('30', new Date()));
  const [showOwn, setShowOwn] = useState(false);
  const log = useAccessLog(from, perspective === 'client' && showOwn);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  function choose(value: string) {
    const next = value as Period;
    setPeriod(next);
    setFrom(periodStart(next, new Date()));
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t(`${copy}.title`)}</Title>
        <Text>{t(`${copy}.intro`)}</Text>
      </Stack>
      <Stack gap={4}>
        <Text id={periodLabel} fw={500}>
          {t('accessLog.period')}
        </Text>
        <SegmentedControl
          aria-labelledby={periodLabel}
          value={period}
          onChange={choose}
          data={PERIODS.map((value) => ({ value, label: t(`accessLog.periods.${value}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {perspective === 'client' && (
        <Switch
          label={t('accessLog.showOwn')}
          checked={showOwn}
          onChange={(event) => setShowOwn(event.currentTarget.checked)}
        />
      )}
      {log.isPending && <PageLoader />}
      <FormAlert error={log.error} />
      {log.isSuccess && entries.length === 0 && <Text>{t(`${copy}.empty`)}</Text>}
      {entries.length > 0 && <AccessLogList entries={entries} perspective={perspective} />}
      <LoadMoreButton
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onLoad={() => void log.fetchNextPage()}
      />
      {perspective === 'client' && <Text size="sm">{t('accessLog.client.footnote')}</Text>}
    </Stack>
  );
}
