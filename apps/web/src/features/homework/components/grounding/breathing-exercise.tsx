import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import classes from './grounding.module.css';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

type Phase = 'idle' | 'in' | 'out';

/** Breathe in for four, out for six: a longer out-breath calms. Moves only once started. */
export function BreathingExercise() {
  const { t } = useHomeworkTranslation();
  const [phase, setPhase] = useState<Phase>('idle');
  useEffect(() => {
    if (phase === 'idle') return undefined;
    const timeout = setTimeout(
      () => setPhase(phase === 'in' ? 'out' : 'in'),
      phase === 'in' ? 4000 : 6000,
    );
    return () => clearTimeout(timeout);
  }, [phase]);
  return (
    <Stack gap="sm" align="center">
      <Text>{t('grounding.breathing.intro')}</Text>
      <div className={classes.circle} data-phase={phase} aria-hidden="true">
        <Text fw={600}>
          {phase === 'in' && t('grounding.breathing.in')}
          {phase === 'out' && t('grounding.breathing.out')}
        </Text>
      </div>
      <Text size="sm" c="dimmed" ta="center">
        {t('grounding.breathing.hint')}
      </Text>
      <Button variant="light" onClick={() => setPhase(phase === 'idle' ? 'in' : 'idle')}>
        {phase === 'idle' ? t('grounding.breathing.start') : t('grounding.breathing.stop')}
      </Button>
    </Stack>
  );
}
