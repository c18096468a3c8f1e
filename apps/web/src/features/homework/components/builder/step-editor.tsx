import { Stack } from '@mantine/core';
import { CONTENT_LIMITS, type ModuleStep } from '@oefenruimte/shared';
import { TextField } from './fields';
import { GuidedPracticeEditor } from './guided-practice-editor';
import { RepeatingListEditor } from './repeating-list-editor';
import { SelfTestEditor } from './self-test-editor';
import {
  ChecklistEditor,
  ChoiceEditor,
  ExplanationEditor,
  ReflectionEditor,
  ScaleEditor,
} from './simple-step-editors';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface StepEditorProps {
  readonly step: ModuleStep;
  readonly path: string;
  readonly onChange: (step: ModuleStep) => void;
}

/** The fields of one step, by kind, plus the content note every step may have. */
export function StepEditor({ step, path, onChange }: StepEditorProps) {
  const { t } = useHomeworkTranslation();
  const props = { path, onChange: onChange as never };
  return (
    <Stack gap="sm">
      {step.kind === 'explanation' && <ExplanationEditor step={step} {...props} />}
      {step.kind === 'reflection' && <ReflectionEditor step={step} {...props} />}
      {step.kind === 'scale' && <ScaleEditor step={step} {...props} />}
      {step.kind === 'choice' && <ChoiceEditor step={step} {...props} />}
      {step.kind === 'checklist' && <ChecklistEditor step={step} {...props} />}
      {step.kind === 'self-test' && <SelfTestEditor step={step} {...props} />}
      {step.kind === 'repeating-list' && <RepeatingListEditor step={step} {...props} />}
      {step.kind === 'guided-practice' && <GuidedPracticeEditor step={step} {...props} />}
      <TextField
        label={t('builder.field.contentNote')}
        description={t('builder.field.contentNoteHint')}
        path={`${path}.contentNote`}
        value={step.contentNote}
        onChange={(contentNote) => onChange({ ...step, contentNote })}
        multiline
        maxLength={CONTENT_LIMITS.note}
      />
    </Stack>
  );
}
