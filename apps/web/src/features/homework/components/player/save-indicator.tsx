import { Paper, Text } from '@mantine/core';
import type { DraftSyncState } from '../../utils/draft-sync-state';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Where the answers are now, said calmly and announced politely (never interrupting). */
export function SaveIndicator({ state }: { state: DraftSyncState }) {
  const { t } = useHomeworkTranslation();
  const quiet = state.status === 'saved' || state.status === 'pending' || state.status === 'saving';
  const text = (() => {
    switch (state.status) {
      case 'saved':
        return t('save.saved');
      case 'pending':
      case 'saving':
        return t('save.saving');
      case 'offline':
      case 'retrying':
        return state.keptOnDevice ? t('save.offline') : t('save.offlineNotKept');
      case 'conflict':
        return t('save.conflict');
      case 'closed':
        return t('save.closed');
    }
  })();
  // One live region whose text changes; the box around it only appears when it needs attention.
  return (
    <Paper
      p={quiet ? 0 : 'xs'}
      radius="sm"
      bg={quiet ? 'transparent' : 'stone.1'}
      role="status"
      aria-live="polite"
      data-save-status={state.status}
    >
      <Text size="sm" c={quiet ? 'dimmed' : undefined}>
        {text}
      </Text>
    </Paper>
  );
}
