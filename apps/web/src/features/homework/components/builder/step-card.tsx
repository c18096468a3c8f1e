import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ModuleStep } from '@oefenruimte/shared';
import { useState } from 'react';
import { stepHeading } from '../../utils/answers';
import { useHasIssueUnder } from './builder-issues-context';
import { StepEditor } from './step-editor';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface StepCardProps {
  readonly step: ModuleStep;
  readonly index: number;
  readonly total: number;
  readonly startOpen: boolean;
  readonly onChange: (step: ModuleStep) => void;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: () => void;
}

/** One step in the builder: folded to its heading, with move up/down and remove as buttons. */
export function StepCard({
  step,
  index,
  total,
  startOpen,
  onChange,
  onMove,
  onRemove,
}: StepCardProps) {
  const { t } = useHomeworkTranslation();
  const [open, setOpen] = useState(startOpen);
  const [confirm, setConfirm] = useState(false);
  const path = `steps.${index}`;
  const hasIssue = useHasIssueUnder(path);
  const n = index + 1;
  const panelId = `builder-step-${step.id}`;
  // A step with a problem stays unfolded, so its field with the message can be seen.
  const expanded = open || hasIssue;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      aria-label={t('builder.stepLabel', { n, heading: stepHeading(step) })}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <div style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Text size="xs" c="dimmed">
              {t('builder.stepNumber', { n, kind: t(`kind.${step.kind}`) })}
            </Text>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {stepHeading(step)}
            </Text>
            {hasIssue && (
              <Badge variant="light" color="red" tt="none" mt={4}>
                {t('builder.stepHasIssue')}
              </Badge>
            )}
          </div>
          <Group gap={4} wrap="wrap">
            <Button
              size="compact-sm"
              variant="default"
              id={`${panelId}-up`}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
              aria-label={t('builder.moveUp', { n })}
            >
              {t('builder.up')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              id={`${panelId}-down`}
              disabled={index === total - 1}
              onClick={() => onMove(index, index + 1)}
              aria-label={t('builder.moveDown', { n })}
            >
              {t('builder.down')}
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              aria-expanded={expanded}
              aria-controls={panelId}
              onClick={() => setOpen(!expanded)}
              disabled={hasIssue}
            >
              {expanded ? t('builder.fold') : t('builder.editStep')}
            </Button>
          </Group>
        </Group>
        <div id={panelId} hidden={!expanded}>
          {expanded && (
            <Stack gap="sm">
              <StepEditor step={step} path={path} onChange={onChange} />
              <Group gap="xs">
                {confirm ? (
                  <>
                    <Text size="sm">{t('builder.removeConfirm')}</Text>
                    <Button size="compact-sm" color="stone.7" onClick={onRemove}>
                      {t('builder.removeYes')}
                    </Button>
                    <Button size="compact-sm" variant="default" onClick={() => setConfirm(false)}>
                      {t('builder.removeNo')}
                    </Button>
                  </>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setConfirm(true)}
                    disabled={total === 1}
                  >
                    {t('builder.removeStep', { n })}
                  </Button>
                )}
              </Group>
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
