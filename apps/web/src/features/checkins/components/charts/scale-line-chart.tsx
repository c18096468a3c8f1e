import '@mantine/charts/styles.css';
import { LineChart, type LineChartSeries } from '@mantine/charts';
import { getThemeColor, Stack, Text, useMantineTheme } from '@mantine/core';
import type { ChartRow } from '../../lib/chart-data';
import { shareDot } from './share-dot';

interface ScaleLineChartProps {
  readonly title: string;
  readonly rows: readonly ChartRow[];
  readonly series: readonly (LineChartSeries & { name: keyof ChartRow })[];
  readonly withLegend?: boolean;
}

/** One 0–10 measure over time, one point per check-in, filled or open by sharing. */
export function ScaleLineChart({ title, rows, series, withLegend = false }: ScaleLineChartProps) {
  const theme = useMantineTheme();
  return (
    <Stack gap={4} component="figure" m={0}>
      <Text component="figcaption" fw={600}>
        {title}
      </Text>
      <LineChart
        h={170}
        data={rows.map((row) => ({ ...row }))}
        dataKey="label"
        series={[...series]}
        curveType="linear"
        connectNulls
        withLegend={withLegend}
        legendProps={{ verticalAlign: 'bottom', height: 30 }}
        yAxisProps={{ domain: [0, 10], ticks: [0, 5, 10], width: 24 }}
        xAxisProps={{ minTickGap: 16 }}
        gridAxis="y"
        lineProps={(item) => ({ dot: shareDot(getThemeColor(item.color, theme)) })}
        activeDotProps={{ r: 6 }}
        lineChartProps={{ margin: { top: 8, right: 12, bottom: 0, left: 0 } }}
      />
    </Stack>
  );
}
