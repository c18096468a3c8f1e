import { Stack, Text, Title } from '@mantine/core';
import type { ClientSummary } from '@oefenruimte/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useOutletContext, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useClientCheckins } from '../api/get-client-checkins';
import { CheckinCharts } from '../components/charts/checkin-charts';
import { PeriodPicker } from '../components/charts/period-picker';
import { LoadProblem } from '../components/load-problem';
import { SharedCheckinItem } from '../components/therapist/shared-checkin-item';
import { toChartRows } from '../lib/chart-data';
import { type Period, periodRange } from '../../../lib/dates';
import { useDayFormat } from '../../../lib/use-day-format';

/** /praktijk/clienten/:clientId/check-ins: what the client shared, as charts and a timeline. */
export function ClientCheckinsPage() {
  const { t } = useTranslation('checkins');
  const client = useOutletContext<ClientSummary | undefined>();
  useDocumentTitle(t('clientCheckins.documentTitle', { name: client?.name ?? '' }));
  const clientId = useParams().clientId ?? '';
  const format = useDayFormat();
  const { hash } = useLocation();
  const [period, setPeriod] = useState<Period>(hash ? '3m' : '2w');
  const { from, to } = periodRange(period);
  const shared = useClientCheckins(clientId, from, to);
  const loaded = shared.isSuccess;

  // A link from the overview ("Bekijk check-in") lands on that check-in.
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [loaded, hash]);

  let body;
  if (shared.isPending) body = <PageLoader />;
  else if (shared.isError)
    body = <LoadProblem error={shared.error} onRetry={() => void shared.refetch()} />;
  else {
    const rows = toChartRows(shared.data.items, format.short);
    const newestFirst = [...shared.data.items].sort(
      (a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt),
    );
    body = (
      <>
        {shared.data.privateCount !== null && (
          <Text>{t('clientCheckins.privateCount', { count: shared.data.privateCount })}</Text>
        )}
        {rows.length === 0 ? (
          <Text>{t('clientCheckins.empty')}</Text>
        ) : (
          <>
            <CheckinCharts rows={rows} audience="therapist" wide />
            <Title order={2}>{t('clientCheckins.listTitle')}</Title>
            <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {newestFirst.map((checkin) => (
                <SharedCheckinItem
                  key={checkin.id}
                  clientId={clientId}
                  checkin={checkin}
                  unseen={shared.data.unseenSafety.includes(checkin.id)}
                />
              ))}
            </Stack>
          </>
        )}
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('clientCheckins.title')}</Title>
        <Text c="dimmed">{t('clientCheckins.intro')}</Text>
      </Stack>
      <PeriodPicker value={period} onChange={setPeriod} />
      {body}
    </Stack>
  );
}
