import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import type { ScaleDefinition, ScoringProfile } from '@oefenruimte/shared';
import { bandSpans, scaleRange } from '../lib/scale-range';

/** Band fills from calm to warmer (never alarm red); reversed when a higher score is better. */
const BAND_FILLS = [
  'var(--mantine-color-sage-1)',
  'var(--mantine-color-yellow-1)',
  'var(--mantine-color-orange-1)',
  'var(--mantine-color-orange-2)',
  'var(--mantine-color-orange-3)',
];

interface TrendChartProps {
  readonly profile: ScoringProfile;
  readonly scale: ScaleDefinition;
  readonly points: readonly { readonly label: string; readonly score: number | null }[];
  readonly title: string;
  /** A sentence with every score, for screen readers and anyone who prefers words. */
  readonly summary: string;
}

/**
 * One scale's scores over time, with the bands drawn in as coloured strips with their names:
 * Mantine's LineChart (recharts), as the check-in charts, in this lazy chunk of its own. The
 * summary sentence says every score in words.
 */
export function TrendChart({ profile, scale, points, title, summary }: TrendChartProps) {
  const range = scaleRange(profile, scale);
  const bands = bandSpans(profile, scale);
  const fills = scale.higherIsBetter
    ? [...BAND_FILLS.slice(0, bands.length)].reverse()
    : BAND_FILLS;
  return (
    <Stack gap={4} component="figure" m={0} data-testid="questionnaire-trend">
      <Text component="figcaption" fw={600}>
        {title}
      </Text>
      <div role="img" aria-label={summary}>
        <LineChart
          h={200}
          maw={520}
          data={points.map((point) => ({ label: point.label, score: point.score }))}
          dataKey="label"
          series={[{ name: 'score', label: title, color: 'sage.9' }]}
          yAxisProps={{
            domain: [range.min, range.max],
            width: 28,
            ticks: [...new Set([range.min, ...bands.map((band) => band.from), range.max])],
          }}
          referenceAreas={bands.map((band, index) => ({
            y1: band.from,
            y2: band.to,
            fill: fills[index] ?? 'var(--mantine-color-gray-1)',
            fillOpacity: 1,
            label: band.label,
            labelPosition: 'insideTopLeft',
          }))}
          withTooltip={false}
          connectNulls
          strokeWidth={2}
          dotProps={{ r: 4.5 }}
          gridAxis="none"
        />
      </div>
      <Text size="sm">{summary}</Text>
    </Stack>
  );
}
