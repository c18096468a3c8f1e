import { CONTENT_LIMITS } from '@oefenruimte/shared';
import { NumberField, SwitchField, TextField } from './fields';
import { ListEditor } from './list-editor';
import type { StepEditorProps } from './step-editor-props';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

export function GuidedPracticeEditor({ step, path, onChange }: StepEditorProps<'guided-practice'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <TextField
        label={t('builder.field.title')}
        path={`${path}.title`}
        value={step.title}
        onChange={(title) => onChange({ ...step, title })}
        required
      />
      <TextField
        label={t('builder.field.intro')}
        path={`${path}.intro`}
        value={step.intro}
        onChange={(intro) => onChange({ ...step, intro })}
        multiline
        maxLength={CONTENT_LIMITS.intro}
      />
      <ListEditor
        legend={t('builder.field.instructions')}
        itemName={t('builder.field.instruction')}
        path={`${path}.instructions`}
        items={step.instructions}
        max={20}
        onChange={(instructions) => onChange({ ...step, instructions })}
        newItem={() => ''}
        render={(line, index, update) => (
          <TextField
            label={t('builder.field.instructionText')}
            path={`${path}.instructions.${index}`}
            value={line}
            onChange={update}
            required
            multiline
            maxLength={CONTENT_LIMITS.instruction}
          />
        )}
      />
      <NumberField
        label={t('builder.field.timer')}
        description={t('builder.field.timerHint')}
        path={`${path}.timerSeconds`}
        value={step.timerSeconds}
        min={10}
        max={CONTENT_LIMITS.maxTimerSeconds}
        onChange={(timerSeconds) => onChange({ ...step, timerSeconds })}
      />
      <SwitchField
        label={t('builder.field.measureTension')}
        checked={step.measureTension}
        onChange={(measureTension) => onChange({ ...step, measureTension })}
      />
      <ListEditor
        legend={t('builder.field.stopWords')}
        itemName={t('builder.field.stopWord')}
        path={`${path}.stopWords`}
        items={step.stopWords ?? []}
        max={5}
        onChange={(stopWords) =>
          onChange({ ...step, stopWords: stopWords.length > 0 ? stopWords : undefined })
        }
        newItem={() => ''}
        render={(word, index, update) => (
          <TextField
            label={t('builder.field.stopWordText')}
            path={`${path}.stopWords.${index}`}
            value={word}
            onChange={update}
            required
            maxLength={CONTENT_LIMITS.stopWord}
          />
        )}
      />
    </>
  );
}
