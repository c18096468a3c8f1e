import { Button, Group, NativeSelect, Stack, Title, VisuallyHidden } from '@mantine/core';
import { STEP_KINDS, type ModuleStep, type StepKind } from '@oefenruimte/shared';
import { useEffect, useRef, useState } from 'react';
import { newStep } from '../../utils/new-step';
import { StepCard } from './step-card';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface StepsEditorProps {
  readonly steps: readonly ModuleStep[];
  readonly onChange: (steps: ModuleStep[]) => void;
}

/** The steps in order: add any kind, move with buttons (keyboard friendly), edit, remove. */
export function StepsEditor({ steps, onChange }: StepsEditorProps) {
  const { t } = useHomeworkTranslation();
  const [kind, setKind] = useState<StepKind>('reflection');
  const [added, setAdded] = useState<readonly string[]>([]);
  const focusAfterMove = useRef<string | null>(null);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    // A moved step's button keeps the keyboard focus, so moving it again is one more key press.
    if (!focusAfterMove.current) return;
    document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });
  const move = (from: number, to: number) => {
    const next = [...steps];
    const [step] = next.splice(from, 1);
    if (!step) return;
    next.splice(to, 0, step);
    onChange(next);
    const edge = to === 0 ? 'down' : to === steps.length - 1 ? 'up' : to < from ? 'up' : 'down';
    focusAfterMove.current = `builder-step-${step.id}-${edge}`;
    setAnnounce(t('builder.moved', { n: to + 1 }));
  };
  const add = () => {
    const step = newStep(
      kind,
      steps.map((s) => s.id),
    );
    onChange([...steps, step]);
    setAdded([...added, step.id]);
    setAnnounce(t('builder.added', { n: steps.length + 1 }));
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('builder.stepsTitle', { count: steps.length })}
      </Title>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {steps.map((step, index) => (
          <StepCard
            key={step.id}
            step={step}
            index={index}
            total={steps.length}
            startOpen={added.includes(step.id)}
            onChange={(next) => onChange(steps.map((s, i) => (i === index ? next : s)))}
            onMove={move}
            onRemove={() => {
              onChange(steps.filter((_, i) => i !== index));
              setAnnounce(t('builder.removed', { n: index + 1 }));
            }}
          />
        ))}
      </Stack>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('builder.newStepKind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as StepKind)}
          data={STEP_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        />
        <Button variant="light" onClick={add}>
          {t('builder.addStep')}
        </Button>
      </Group>
      <VisuallyHidden role="status">{announce}</VisuallyHidden>
    </Stack>
  );
}
