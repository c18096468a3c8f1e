import { Group, Stack, Text } from '@mantine/core';
import { WINDOW_OF_TOLERANCE } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import type { ChartRow } from '../../lib/chart-data';
import classes from './window-strip.module.css';

/** Window of tolerance as a band: one coloured cell per check-in, oldest left. */
export function WindowStrip({
  rows,
  markPrivate,
}: {
  rows: readonly ChartRow[];
  markPrivate: boolean;
}) {
  const { t } = useTranslation('checkins');
  return (
    <Stack gap={6} component="figure" m={0}>
      <Text component="figcaption" fw={600}>
        {t('charts.window')}
      </Text>
      <ul className={classes.strip} aria-hidden="true">
        {rows.map((row) => (
          <li
            key={row.id}
            className={classes.cell}
            data-window={row.window ?? undefined}
            data-private={markPrivate && !row.shared ? true : undefined}
            title={`${row.label}: ${row.window ? t(`windows.${row.window}`) : t('charts.windowEmpty')}`}
          />
        ))}
      </ul>
      <Group gap="md" aria-hidden="true">
        {WINDOW_OF_TOLERANCE.map((w) => (
          <Text key={w} size="sm">
            <span className={classes.swatch} data-window={w} />
            {t(`windows.${w}`)}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}
