import { CONTENT_LIMITS } from '@oefenruimte/shared';
import { TextField } from './fields';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface QuestionFieldsProps {
  readonly path: string;
  readonly step: { title?: string; prompt: string; hint?: string };
  readonly onChange: (patch: { title?: string; prompt?: string; hint?: string }) => void;
}

/** Title (optional), the question itself, and a hint: shared by every asking step. */
export function QuestionFields({ path, step, onChange }: QuestionFieldsProps) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <TextField
        label={t('builder.field.titleOptional')}
        path={`${path}.title`}
        value={step.title}
        onChange={(title) => onChange({ title })}
        maxLength={CONTENT_LIMITS.title}
      />
      <TextField
        label={t('builder.field.prompt')}
        path={`${path}.prompt`}
        value={step.prompt}
        onChange={(prompt) => onChange({ prompt })}
        required
        multiline
        maxLength={CONTENT_LIMITS.prompt}
      />
      <TextField
        label={t('builder.field.hint')}
        path={`${path}.hint`}
        value={step.hint}
        onChange={(hint) => onChange({ hint })}
        multiline
        maxLength={CONTENT_LIMITS.hint}
      />
    </>
  );
}
