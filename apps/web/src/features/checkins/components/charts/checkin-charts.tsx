import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ChartRow, hasValues, summarize } from '../../lib/chart-data';
import { ChartSummaryText } from './chart-summary-text';
import { ScaleLineChart } from './scale-line-chart';
import { LegendDot } from './share-dot';
import { WindowStrip } from './window-strip';

interface CheckinChartsProps {
  readonly rows: readonly ChartRow[];
  /** The client's own view: private points are open, with a legend. The therapist sees only shared. */
  readonly audience: 'client' | 'therapist';
  /** Line charts side by side on wide screens (a page of its own, not a half column). */
  readonly wide?: boolean;
}

/** The check-in charts with their text alternative (the list below each page is the other one). */
export function CheckinCharts({ rows, audience, wide = false }: CheckinChartsProps) {
  const { t } = useTranslation('checkins');
  const own = audience === 'client';
  if (rows.length === 0) return <Text c="dimmed">{t('charts.noData')}</Text>;
  return (
    <Stack gap="lg" data-testid="checkin-charts">
      <ChartSummaryText summary={summarize(rows)} audience={audience} />
      {own && (
        <Group gap="lg" aria-hidden="true">
          <Group gap={6}>
            <LegendDot filled color="var(--mantine-color-sage-7)" />
            <Text size="sm">{t('charts.legendShared')}</Text>
          </Group>
          <Group gap={6}>
            <LegendDot filled={false} color="var(--mantine-color-sage-7)" />
            <Text size="sm">{t('charts.legendPrivate')}</Text>
          </Group>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, lg: wide ? 2 : 1 }} spacing="lg">
        <ScaleLineChart
          title={t('charts.tension')}
          rows={rows}
          series={[{ name: 'tension', label: t('fields.tension'), color: 'sage.7' }]}
        />
        {own && (hasValues(rows, 'mood') || hasValues(rows, 'energy')) && (
          <ScaleLineChart
            title={t('charts.moodEnergy')}
            rows={rows}
            withLegend
            series={[
              { name: 'mood', label: t('fields.mood'), color: 'indigo.6' },
              {
                name: 'energy',
                label: t('fields.energy'),
                color: 'orange.8',
                strokeDasharray: '6 4',
              },
            ]}
          />
        )}
        {hasValues(rows, 'urge') && (
          <ScaleLineChart
            title={t('charts.urge')}
            rows={rows}
            series={[{ name: 'urge', label: t('fields.urge'), color: 'grape.7' }]}
          />
        )}
      </SimpleGrid>
      <WindowStrip rows={rows} markPrivate={own} />
    </Stack>
  );
}
