import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ModuleAnswers, ModuleContent, StepAnswer } from '@oefenruimte/shared';
import { useEffect, useRef, useState } from 'react';
import { StepView } from '../steps/step-view';
import { ContentNote } from './content-note';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface StepPagerProps {
  readonly content: ModuleContent;
  readonly answers: ModuleAnswers;
  readonly index: number;
  readonly onIndex: (index: number) => void;
  readonly onAnswer: (stepId: string, answer: StepAnswer | null) => void;
  readonly onFinish: () => void;
  readonly finishLabel: string;
}

/**
 * Step by step through a module: progress, a content note before heavy steps, back and next.
 * Nothing is required to go on. The library preview and the player both use this.
 */
export function StepPager(props: StepPagerProps) {
  const { content, answers, index, onIndex, onAnswer, onFinish, finishLabel } = props;
  const { t } = useHomeworkTranslation();
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const top = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const step = content.steps[index];
  const total = content.steps.length;
  useEffect(() => {
    // Moving to another step starts reading (and the screen) at the top of the new step.
    if (first.current) {
      first.current = false;
      return;
    }
    top.current?.focus();
    top.current?.scrollIntoView({ block: 'start' });
  }, [index]);
  if (!step) return null;
  const last = index === total - 1;
  const gated = step.contentNote && !acknowledged.has(step.id);
  const next = () => (last ? onFinish() : onIndex(index + 1));
  return (
    <Stack gap="lg">
      <div ref={top} tabIndex={-1} style={{ outline: 'none' }}>
        <Text size="sm" fw={600} mb={4}>
          {t('player.progress', { current: index + 1, total })}
        </Text>
        <Progress value={((index + 1) / total) * 100} size="sm" aria-hidden="true" />
      </div>
      {gated && step.contentNote ? (
        <ContentNote
          note={step.contentNote}
          onContinue={() => setAcknowledged(new Set([...acknowledged, step.id]))}
          onSkip={next}
        />
      ) : (
        <StepView
          key={step.id}
          step={step}
          answer={answers[step.id]}
          onChange={(answer) => onAnswer(step.id, answer)}
        />
      )}
      <Group justify="space-between" gap="sm" mt="md">
        <Button variant="default" onClick={() => onIndex(index - 1)} disabled={index === 0}>
          {t('player.back')}
        </Button>
        <Button onClick={next}>{last ? finishLabel : t('player.next')}</Button>
      </Group>
    </Stack>
  );
}
