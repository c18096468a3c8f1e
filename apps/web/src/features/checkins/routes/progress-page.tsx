import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMyCheckins } from '../api/get-my-checkins';
import { CheckinCharts } from '../components/charts/checkin-charts';
import { PeriodPicker } from '../components/charts/period-picker';
import { OwnCheckinItem } from '../components/progress/own-checkin-item';
import { PreferencesCard } from '../components/progress/preferences-card';
import { toChartRows } from '../lib/chart-data';
import { type Period, periodRange } from '../../../lib/dates';
import { useDayFormat } from '../../../lib/use-day-format';

/** /mijn/voortgang: the client's own check-ins over time, and what they share of them. */
export function ProgressPage() {
  const { t } = useTranslation('checkins');
  useDocumentTitle(t('progress.documentTitle'));
  const format = useDayFormat();
  const [period, setPeriod] = useState<Period>('2w');
  const { from, to } = periodRange(period);
  const checkins = useMyCheckins(from, to);
  const rows = toChartRows(checkins.data ?? [], format.short);
  const newestFirst = [...rows].reverse();
  const byId = new Map((checkins.data ?? []).map((c) => [c.id, c]));

  let body;
  if (checkins.isPending) body = <PageLoader />;
  else if (checkins.isError)
    body = (
      <Alert color="orange" variant="light" role="alert">
        {t('common.loadFailed')}{' '}
        <Anchor component="button" onClick={() => void checkins.refetch()}>
          {t('common.retry')}
        </Anchor>
      </Alert>
    );
  else if (rows.length === 0)
    body = (
      <Stack gap="sm" align="flex-start">
        <Text>{t('progress.empty')}</Text>
        <Button component={Link} to="/mijn/check-in" variant="light">
          {t('progress.toCheckin')}
        </Button>
      </Stack>
    );
  else
    body = (
      <>
        <CheckinCharts rows={rows} audience="client" />
        <Stack gap="sm">
          <Title order={2}>{t('progress.listTitle')}</Title>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {newestFirst.map((row) => {
              const checkin = byId.get(row.id);
              return checkin && <OwnCheckinItem key={row.id} checkin={checkin} />;
            })}
          </Stack>
        </Stack>
      </>
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('progress.title')}</Title>
        <Text>{t('progress.intro')}</Text>
      </Stack>
      <PeriodPicker value={period} onChange={setPeriod} />
      {body}
      <PreferencesCard />
    </Stack>
  );
}
