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

const WIDTH = 340;
const HEIGHT = 200;
const PAD = { left: 34, right: 10, top: 10, bottom: 26 };

/**
 * One scale's scores over time as a small SVG: the bands as coloured strips with their names,
 * the scores as a line with dots. Drawn by hand (no chart library) so it costs no page anything.
 */
export function TrendChart({ profile, scale, points, title, summary }: TrendChartProps) {
  const range = scaleRange(profile, scale);
  const bands = bandSpans(profile, scale);
  const fills = scale.higherIsBetter
    ? [...BAND_FILLS.slice(0, bands.length)].reverse()
    : BAND_FILLS;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) =>
    PAD.top + plotH - ((v - range.min) / (range.max - range.min || 1)) * plotH;
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const scored = points
    .map((p, i) => ({ ...p, i }))
    .filter((p): p is { label: string; score: number; i: number } => p.score !== null);
  const path = scored.map((p, n) => `${n === 0 ? 'M' : 'L'}${x(p.i)},${y(p.score)}`).join(' ');
  return (
    <Stack gap={4} component="figure" m={0} data-testid="questionnaire-trend">
      <Text component="figcaption" fw={600}>
        {title}
      </Text>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={summary}
        style={{ maxWidth: 520, fontSize: 10, fontFamily: 'inherit' }}
      >
        {bands.map((band, index) => (
          <g key={band.from} data-band={band.label}>
            <rect
              x={PAD.left}
              y={y(band.to)}
              width={plotW}
              height={Math.max(0, y(band.from) - y(band.to))}
              fill={fills[index] ?? 'var(--mantine-color-gray-1)'}
            />
            <text x={PAD.left + 4} y={y(band.to) + 11} fill="var(--mantine-color-dark-7)">
              {band.label}
            </text>
            <text
              x={PAD.left - 4}
              y={y(band.from) + 3}
              textAnchor="end"
              fill="var(--mantine-color-dark-7)"
            >
              {band.from}
            </text>
          </g>
        ))}
        <text
          x={PAD.left - 4}
          y={y(range.max) + 3}
          textAnchor="end"
          fill="var(--mantine-color-dark-7)"
        >
          {range.max}
        </text>
        <path d={path} fill="none" stroke="var(--mantine-color-sage-9)" strokeWidth={2} />
        {scored.map((p) => (
          <circle
            key={p.i}
            cx={x(p.i)}
            cy={y(p.score)}
            r={4.5}
            fill="var(--mantine-color-sage-9)"
          />
        ))}
        {points.map((p, i) => (
          <text
            key={`${p.label}-${i}`}
            x={x(i)}
            y={HEIGHT - 8}
            textAnchor={
              points.length === 1
                ? 'middle'
                : i === 0
                  ? 'start'
                  : i === points.length - 1
                    ? 'end'
                    : 'middle'
            }
            fill="var(--mantine-color-dark-7)"
          >
            {p.label}
          </text>
        ))}
      </svg>
      <Text size="sm">{summary}</Text>
    </Stack>
  );
}
