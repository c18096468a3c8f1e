import { Alert, Button, Group, Text } from '@mantine/core';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ContentNoteProps {
  readonly note: string;
  readonly onContinue: () => void;
  readonly onSkip?: () => void;
}

/** A short, calm warning before heavy material, with the choice to go on or to skip. */
export function ContentNote({ note, onContinue, onSkip }: ContentNoteProps) {
  const { t } = useHomeworkTranslation();
  return (
    <Alert variant="light" color="sage" title={t('contentNote.title')}>
      <Text mb="sm">{note}</Text>
      <Group gap="xs">
        <Button onClick={onContinue}>{t('contentNote.continue')}</Button>
        {onSkip && (
          <Button variant="default" onClick={onSkip}>
            {t('contentNote.skip')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
