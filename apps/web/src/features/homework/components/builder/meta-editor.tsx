import { NativeSelect, Stack, Title } from '@mantine/core';
import {
  CONTENT_LIMITS,
  MODULE_THEMES,
  type ModuleContent,
  type ModuleTheme,
} from '@oefenruimte/shared';
import { NumberField, TextField } from './fields';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface MetaEditorProps {
  readonly content: ModuleContent;
  readonly onChange: (content: ModuleContent) => void;
}

/** Title, summary, theme, minutes and the module's content note. */
export function MetaEditor({ content, onChange }: MetaEditorProps) {
  const { t } = useHomeworkTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('builder.metaTitle')}
      </Title>
      <TextField
        label={t('builder.field.title')}
        path="title"
        value={content.title}
        onChange={(title) => onChange({ ...content, title })}
        required
        maxLength={CONTENT_LIMITS.title}
      />
      <TextField
        label={t('builder.field.summary')}
        path="summary"
        value={content.summary}
        onChange={(summary) => onChange({ ...content, summary })}
        required
        multiline
        maxLength={CONTENT_LIMITS.summary}
      />
      <NativeSelect
        label={t('library.theme')}
        value={content.theme}
        onChange={(e) => onChange({ ...content, theme: e.currentTarget.value as ModuleTheme })}
        data={MODULE_THEMES.map((value) => ({ value, label: t(`theme.${value}`) }))}
        maw={260}
      />
      <NumberField
        label={t('builder.field.minutes')}
        path="estimatedMinutes"
        value={content.estimatedMinutes}
        min={CONTENT_LIMITS.minMinutes}
        max={CONTENT_LIMITS.maxMinutes}
        onChange={(estimatedMinutes) =>
          onChange({ ...content, estimatedMinutes: estimatedMinutes as number })
        }
        required
      />
      <TextField
        label={t('builder.field.moduleContentNote')}
        description={t('builder.field.contentNoteHint')}
        path="contentNote"
        value={content.contentNote}
        onChange={(contentNote) => onChange({ ...content, contentNote })}
        multiline
        maxLength={CONTENT_LIMITS.note}
      />
    </Stack>
  );
}
