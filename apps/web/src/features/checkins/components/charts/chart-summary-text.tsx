import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartSummary } from '../../lib/chart-data';

/** What the charts show, in words: the charts' text alternative. */
export function ChartSummaryText({
  summary,
  audience,
}: {
  summary: ChartSummary;
  audience: 'client' | 'therapist';
}) {
  const { t, i18n } = useTranslation('checkins');
  const number = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 1,
  });
  const w = summary.windows;
  const anyWindow = w.overprikkeld + w['binnen-raam'] + w.bevroren > 0;
  return (
    <Stack gap={2}>
      <Text>
        {audience === 'client'
          ? t('charts.summary', { count: summary.count, shared: summary.shared })
          : t('charts.summaryShared', { count: summary.count })}
      </Text>
      {summary.averageTension !== null && (
        <Text size="sm">
          {t('charts.tensionSummary', {
            average: number.format(summary.averageTension),
            low: summary.lowestTension,
            high: summary.highestTension,
          })}
        </Text>
      )}
      {anyWindow && (
        <Text size="sm">
          {t(audience === 'client' ? 'charts.windowSummary' : 'charts.windowSummaryTherapist', {
            overprikkeld: w.overprikkeld,
            inside: w['binnen-raam'],
            frozen: w.bevroren,
          })}
        </Text>
      )}
    </Stack>
  );
}
