import { Button, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** An optional timer for a practice. Only start, pause and the end are announced, not each second. */
export function PracticeTimer({ seconds }: { seconds: number }) {
  const { t } = useHomeworkTranslation();
  const [left, setLeft] = useState(seconds);
  const [running, setRunning] = useState(false);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (!running) return undefined;
    const interval = setInterval(() => {
      setLeft((current) => {
        if (current <= 1) {
          setRunning(false);
          setAnnounce(t('timer.done'));
          return 0;
        }
        return current - 1;
      });
    }, 1000);
    return () => clearInterval(interval);
  }, [running, t]);
  const toggle = () => {
    setRunning(!running);
    setAnnounce(running ? t('timer.paused') : t('timer.started'));
  };
  const reset = () => {
    setRunning(false);
    setLeft(seconds);
    setAnnounce('');
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {t('timer.label')}
          </Text>
          <Text size="xl" fw={650} ff="monospace" aria-hidden="true">
            {clock(left)}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="light" onClick={toggle} disabled={left === 0}>
            {running ? t('timer.pause') : t('timer.start')}
          </Button>
          <Button variant="subtle" onClick={reset}>
            {t('timer.reset')}
          </Button>
        </Group>
      </Group>
      {left === 0 && <Text mt="xs">{t('timer.done')}</Text>}
      <VisuallyHidden role="status">{announce}</VisuallyHidden>
    </Paper>
  );
}
