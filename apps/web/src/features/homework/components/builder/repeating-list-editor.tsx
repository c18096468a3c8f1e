import { NativeSelect } from '@mantine/core';
import { REPEATING_LIST_FIELD_KINDS, type RepeatingListField } from '@oefenruimte/shared';
import { freeId } from '../../utils/new-step';
import { NumberField, SwitchField, TextField } from './fields';
import { ListEditor } from './list-editor';
import { QuestionFields } from './question-fields';
import type { StepEditorProps } from './step-editor-props';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Switching a field's kind keeps only what that kind may have. */
function withKind(field: RepeatingListField, kind: RepeatingListField['kind']): RepeatingListField {
  if (kind === 'scale')
    return {
      id: field.id,
      label: field.label,
      kind,
      min: 0,
      max: 10,
      minLabel: 'Niet',
      maxLabel: 'Heel erg',
    };
  return { id: field.id, label: field.label, kind };
}

export function RepeatingListEditor({ step, path, onChange }: StepEditorProps<'repeating-list'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <QuestionFields
        path={path}
        step={step}
        onChange={(patch) => onChange({ ...step, ...patch })}
      />
      <TextField
        label={t('builder.field.itemLabel')}
        description={t('builder.field.itemLabelHint')}
        path={`${path}.itemLabel`}
        value={step.itemLabel}
        onChange={(itemLabel) => onChange({ ...step, itemLabel })}
        required
      />
      <NumberField
        label={t('builder.field.maxItems')}
        path={`${path}.maxItems`}
        value={step.maxItems}
        min={1}
        max={50}
        onChange={(maxItems) => onChange({ ...step, maxItems: maxItems as number })}
        required
      />
      <SwitchField
        label={t('builder.field.privateByDefault')}
        checked={step.privateByDefault}
        onChange={(privateByDefault) => onChange({ ...step, privateByDefault })}
      />
      <ListEditor
        legend={t('builder.field.listFields')}
        itemName={t('builder.field.listField')}
        path={`${path}.fields`}
        items={step.fields}
        max={8}
        onChange={(fields) => onChange({ ...step, fields })}
        newItem={(items) => ({
          id: freeId(
            'veld',
            items.map((i) => i.id),
          ),
          label: '',
          kind: 'text' as const,
        })}
        render={(field, index, update) => {
          const at = `${path}.fields.${index}`;
          return (
            <>
              <TextField
                label={t('builder.field.label')}
                path={`${at}.label`}
                value={field.label}
                onChange={(label) => update({ ...field, label })}
                required
              />
              <NativeSelect
                label={t('builder.field.fieldKind')}
                value={field.kind}
                onChange={(e) =>
                  update(withKind(field, e.currentTarget.value as RepeatingListField['kind']))
                }
                data={REPEATING_LIST_FIELD_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`builder.fieldKind.${kind}`),
                }))}
                maw={260}
              />
              {field.kind === 'scale' ? (
                <>
                  <NumberField
                    label={t('builder.field.min')}
                    path={`${at}.min`}
                    value={field.min}
                    onChange={(min) => update({ ...field, min })}
                    required
                  />
                  <TextField
                    label={t('builder.field.minLabel')}
                    path={`${at}.minLabel`}
                    value={field.minLabel}
                    onChange={(minLabel) => update({ ...field, minLabel })}
                  />
                  <NumberField
                    label={t('builder.field.max')}
                    path={`${at}.max`}
                    value={field.max}
                    onChange={(max) => update({ ...field, max })}
                    required
                  />
                  <TextField
                    label={t('builder.field.maxLabel')}
                    path={`${at}.maxLabel`}
                    value={field.maxLabel}
                    onChange={(maxLabel) => update({ ...field, maxLabel })}
                  />
                </>
              ) : (
                <NumberField
                  label={t('builder.field.maxLengthOptional')}
                  path={`${at}.maxLength`}
                  value={field.maxLength}
                  min={1}
                  onChange={(maxLength) => update({ ...field, maxLength })}
                />
              )}
            </>
          );
        }}
      />
    </>
  );
}
