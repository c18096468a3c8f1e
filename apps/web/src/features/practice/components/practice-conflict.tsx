import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Practice } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';

interface PracticeConflictProps {
  readonly current: Practice;
  readonly onTakeTheirs: () => void;
  readonly onKeepMine: () => void;
}

/** Someone else saved first: their version next to the form, and a choice. */
export function PracticeConflict({ current, onTakeTheirs, onKeepMine }: PracticeConflictProps) {
  const { t } = useTranslation('practice');
  const empty = t('settings.conflict.empty');
  return (
    <Alert color="orange" variant="light" role="alert" title={t('settings.conflict.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('settings.conflict.body')}</Text>
        <Text size="sm">
          <strong>{t('settings.name')}:</strong> {current.name}
          <br />
          <strong>{t('settings.phone')}:</strong> {current.phone ?? empty}
          <br />
          <strong>{t('settings.crisisText')}:</strong> {current.crisisText ?? empty}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onTakeTheirs}>
            {t('settings.conflict.takeTheirs')}
          </Button>
          <Button variant="default" onClick={onKeepMine}>
            {t('settings.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
