import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type QuestionnaireResult, SCORING_PROFILES } from '@oefenruimte/shared';
import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useFormatDate } from '../../../lib/format-date';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';
import { ShareSwitch } from './share-switch';

// The chart is drawn on the result screen only, so it loads with it.
const TrendChart = lazy(async () => ({ default: (await import('./trend-chart')).TrendChart }));

interface ResultViewProps {
  readonly result: QuestionnaireResult;
  /** Every result of this instrument the viewer can see, oldest first (this one included). */
  readonly history: readonly QuestionnaireResult[];
  /** The client's own view: a switch to share or stop sharing. */
  readonly onShare?: (shared: boolean) => void;
  readonly sharing?: boolean;
  readonly headingOrder?: 2 | 3;
}

/** A result: per scale the score, its band in plain Dutch, whether the change is reliable, the trend. */
export function ResultView({
  result,
  history,
  onShare,
  sharing,
  headingOrder = 2,
}: ResultViewProps) {
  const { t } = useQuestionnairesTranslation();
  const format = useFormatDate();
  const profile = SCORING_PROFILES.find((p) => p.id === result.profileId);
  const scales = result.score?.scales ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-result-id={result.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={headingOrder} size="h3">
            {result.title}
          </Title>
          <Badge variant="light" color={result.shared ? 'sage' : 'gray'}>
            {onShare
              ? result.shared
                ? t('result.shared')
                : t('result.private')
              : t('therapist.sharedBadge')}
          </Badge>
        </Group>
        {result.submittedAt && (
          <Text size="sm" c="dimmed">
            {t('result.submittedAt', { date: format.date(result.submittedAt) })}
          </Text>
        )}
        {result.score?.safety && (
          <Alert color="orange" variant="light">
            {onShare ? t('result.safety') : t('therapist.safety')}
          </Alert>
        )}
        {scales.map((scale) => {
          const definition = profile?.scales.find((s) => s.id === scale.id);
          const change = result.changes.find((c) => c.scaleId === scale.id);
          const label = definition?.label ?? scale.id;
          const points = history.map((r) => ({
            label: r.submittedAt ? format.date(r.submittedAt) : '',
            score: r.score?.scales.find((s) => s.id === scale.id)?.score ?? null,
          }));
          return (
            <Stack key={scale.id} gap="xs">
              {scale.score === null ? (
                <Text>{t('result.noScore')}</Text>
              ) : (
                <>
                  <Text fw={650} size="lg">
                    {t('result.score', { scale: label, score: scale.score })}
                    {scale.band ? ` · ${scale.band.label}` : ''}
                  </Text>
                  {scale.band && <Text>{scale.band.meaning}</Text>}
                  {scale.prorated && (
                    <Text size="sm" c="dimmed">
                      {t('result.prorated')}
                    </Text>
                  )}
                </>
              )}
              {change && (
                <Text>
                  {t(`result.change.${change.verdict ?? 'unknown'}`, {
                    previous: change.previous,
                    current: change.current,
                  })}
                </Text>
              )}
              {profile && definition && (
                <Suspense fallback={<PageLoader />}>
                  <TrendChart
                    profile={profile}
                    scale={definition}
                    points={points}
                    title={`${t('result.chartTitle')}: ${label}`}
                    summary={`${t('result.chartSummary', {
                      scores: points.map((p) => `${p.label}: ${p.score ?? '–'}`).join(', '),
                    })} ${t('result.bandsLegend', {
                      bands: definition.bands
                        .map((b) => t('result.bandFrom', { label: b.label, from: b.from }))
                        .join(', '),
                    })}`}
                  />
                </Suspense>
              )}
            </Stack>
          );
        })}
        {onShare && (
          <ShareSwitch
            label={t('result.shareSwitch')}
            checked={result.shared}
            disabled={sharing}
            onChange={onShare}
          />
        )}
      </Stack>
    </Paper>
  );
}
