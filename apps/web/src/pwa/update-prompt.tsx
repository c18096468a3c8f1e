import { Button, Group, Paper, Text } from '@mantine/core';
import { useState, useSyncExternalStore } from 'react';
import { usePwaTranslation } from './i18n/use-pwa-translation';
import { isTyping, subscribeTyping } from './dirty-forms';
import { updateStore } from './update-store';

/**
 * "Nieuwe versie beschikbaar — vernieuwen": only when a new version waits, never while the
 * person is writing (a changed form still on screen), and the reload only on their press.
 */
export function UpdatePrompt() {
  const { t } = usePwaTranslation();
  const apply = useSyncExternalStore(updateStore.subscribe, updateStore.get, () => null);
  const typing = useSyncExternalStore(subscribeTyping, isTyping, () => false);
  const [later, setLater] = useState(false);
  if (!apply || typing || later) return null;
  return (
    <Paper
      role="status"
      aria-live="polite"
      withBorder
      shadow="md"
      p="sm"
      radius="md"
      data-testid="update-prompt"
      style={{
        position: 'fixed',
        insetInline: '0.75rem',
        bottom: 'calc(5rem + env(safe-area-inset-bottom))',
        zIndex: 300,
        maxWidth: '28rem',
        marginInline: 'auto',
      }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600}>{t('update.available')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Button variant="subtle" size="compact-md" onClick={() => setLater(true)}>
            {t('update.later')}
          </Button>
          <Button size="compact-md" onClick={apply}>
            {t('update.reload')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
