import { Button, Collapse, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PlanSuggestion, PlanSuggestionConflict, SafetyPlan } from '@oefenruimte/shared';
import { useState } from 'react';
import { FormAlert } from '../../../components/form-alert/form-alert';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useFormatDate } from '../../../lib/format-date';
import { useAcceptSuggestion, useDeclineSuggestion } from '../api/suggestions';
import { usePlanTranslation } from '../i18n/use-plan-translation';
import { changedPhases } from '../lib/changed-phases';
import { PlanView } from './plan-view';

interface SuggestionCardProps {
  readonly suggestion: PlanSuggestion;
  readonly plan: SafetyPlan;
  /** Told when the client decided, to confirm it on the page. */
  readonly onDecided: (outcome: 'accepted' | 'declined') => void;
}

/**
 * A therapist's suggestion next to the client's plan: what it changes, and the client's choice
 * to take it or not. When the plan moved on since, both side by side before anything changes.
 */
export function SuggestionCard({ suggestion, plan, onDecided }: SuggestionCardProps) {
  const { t } = usePlanTranslation();
  const format = useFormatDate();
  const accept = useAcceptSuggestion();
  const decline = useDeclineSuggestion();
  const [open, setOpen] = useState(false);
  const [moved, setMoved] = useState<PlanSuggestionConflict | null>(null);
  const changed = changedPhases(plan.content, suggestion.content);
  const bodyId = `suggestion-${suggestion.id}`;

  // The card leaves the page once the list shows the suggestion decided, which can be before a
  // mutate() callback would run; the promise of mutateAsync still resolves, so the page hears it.
  const take = (planVersion: number) =>
    void accept.mutateAsync({ id: suggestion.id, planVersion }).then(
      () => onDecided('accepted'),
      (error: unknown) => {
        const current = error instanceof ApiRequestError ? error.current : null;
        if (error instanceof ApiRequestError && error.status === 409 && isConflict(current))
          setMoved(current);
      },
    );
  const keep = () =>
    void decline.mutateAsync(suggestion.id).then(
      () => onDecided('declined'),
      () => undefined, // shown by the card's own error alert
    );
  const busy = accept.isPending || decline.isPending;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${bodyId}-title`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`${bodyId}-title`}>
          {suggestion.therapistName
            ? t('suggestion.title', { name: suggestion.therapistName })
            : t('suggestion.titleUnknown')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('suggestion.suggestedOn', { date: format.date(suggestion.createdAt) })}
        </Text>
        {suggestion.note && <Text style={{ whiteSpace: 'pre-line' }}>{suggestion.note}</Text>}
        <Text>{t('suggestion.intro')}</Text>
        {changed.length > 0 && (
          <Text fw={600}>
            {t('suggestion.changed', {
              phases: changed.map((phase) => t(`phases.${phase}.short`)).join(', '),
            })}
          </Text>
        )}

        {moved ? (
          <Stack gap="sm" role="alert">
            <Title order={3} size="h4">
              {t('suggestion.movedTitle')}
            </Title>
            <Text>{t('suggestion.movedBody')}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Stack gap="xs">
                <Title order={4} size="h5">
                  {t('suggestion.current')}
                </Title>
                <PlanView content={moved.plan.content} label={t('suggestion.current')} />
              </Stack>
              <Stack gap="xs">
                <Title order={4} size="h5">
                  {t('suggestion.proposal')}
                </Title>
                <PlanView content={moved.suggestion.content} label={t('suggestion.proposal')} />
              </Stack>
            </SimpleGrid>
            <Group>
              <Button loading={accept.isPending} onClick={() => take(moved.plan.version)}>
                {t('suggestion.acceptAnyway')}
              </Button>
              <Button variant="default" loading={decline.isPending} onClick={keep}>
                {t('suggestion.keepMine')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            <Button
              variant="subtle"
              px={0}
              style={{ alignSelf: 'flex-start' }}
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => setOpen((was) => !was)}
            >
              {open ? t('suggestion.hide') : t('suggestion.show')}
            </Button>
            <Collapse expanded={open} id={bodyId}>
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('suggestion.proposal')}
                </Title>
                <PlanView
                  content={suggestion.content}
                  phases={changed.length > 0 ? changed : undefined}
                  label={t('suggestion.proposal')}
                />
              </Stack>
            </Collapse>
            <Group>
              <Button
                loading={accept.isPending}
                disabled={busy}
                onClick={() => take(suggestion.baseVersion)}
              >
                {t('suggestion.accept')}
              </Button>
              <Button variant="default" loading={decline.isPending} disabled={busy} onClick={keep}>
                {t('suggestion.decline')}
              </Button>
            </Group>
          </>
        )}
        {accept.error && !moved && <FormAlert error={accept.error} />}
        <FormAlert error={decline.error} />
      </Stack>
    </Paper>
  );
}

function isConflict(value: unknown): value is PlanSuggestionConflict {
  return typeof value === 'object' && value !== null && 'plan' in value && 'suggestion' in value;
}
