import { CONTENT_LIMITS } from '@oefenruimte/shared';
import { freeId } from '../../utils/new-step';
import { NumberField, SwitchField, TextField } from './fields';
import { ListEditor } from './list-editor';
import { QuestionFields } from './question-fields';
import type { StepEditorProps } from './step-editor-props';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

export function ExplanationEditor({ step, path, onChange }: StepEditorProps<'explanation'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <TextField
        label={t('builder.field.title')}
        path={`${path}.title`}
        value={step.title}
        onChange={(title) => onChange({ ...step, title })}
        required
        maxLength={CONTENT_LIMITS.title}
      />
      <TextField
        label={t('builder.field.body')}
        description={t('builder.field.bodyHint')}
        path={`${path}.body`}
        value={step.body}
        onChange={(body) => onChange({ ...step, body })}
        required
        multiline
        maxLength={CONTENT_LIMITS.body}
      />
    </>
  );
}

export function ReflectionEditor({ step, path, onChange }: StepEditorProps<'reflection'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <QuestionFields
        path={path}
        step={step}
        onChange={(patch) => onChange({ ...step, ...patch })}
      />
      <TextField
        label={t('builder.field.placeholder')}
        path={`${path}.placeholder`}
        value={step.placeholder}
        onChange={(placeholder) => onChange({ ...step, placeholder })}
        maxLength={CONTENT_LIMITS.placeholder}
      />
      <NumberField
        label={t('builder.field.maxLength')}
        path={`${path}.maxLength`}
        value={step.maxLength}
        onChange={(maxLength) => onChange({ ...step, maxLength: maxLength as number })}
        min={1}
        max={CONTENT_LIMITS.maxReflectionLength}
        required
      />
    </>
  );
}

export function ScaleEditor({ step, path, onChange }: StepEditorProps<'scale'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <QuestionFields
        path={path}
        step={step}
        onChange={(patch) => onChange({ ...step, ...patch })}
      />
      <NumberField
        label={t('builder.field.min')}
        path={`${path}.min`}
        value={step.min}
        onChange={(min) => onChange({ ...step, min: min as number })}
        required
      />
      <TextField
        label={t('builder.field.minLabel')}
        path={`${path}.minLabel`}
        value={step.minLabel}
        onChange={(minLabel) => onChange({ ...step, minLabel })}
        required
      />
      <NumberField
        label={t('builder.field.max')}
        path={`${path}.max`}
        value={step.max}
        onChange={(max) => onChange({ ...step, max: max as number })}
        required
      />
      <TextField
        label={t('builder.field.maxLabel')}
        path={`${path}.maxLabel`}
        value={step.maxLabel}
        onChange={(maxLabel) => onChange({ ...step, maxLabel })}
        required
      />
    </>
  );
}

export function ChoiceEditor({ step, path, onChange }: StepEditorProps<'choice'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <QuestionFields
        path={path}
        step={step}
        onChange={(patch) => onChange({ ...step, ...patch })}
      />
      <SwitchField
        label={t('builder.field.multiple')}
        checked={step.multiple}
        onChange={(multiple) => onChange({ ...step, multiple })}
      />
      <LabelledItemsEditor
        legend={t('builder.field.options')}
        itemName={t('builder.field.option')}
        path={`${path}.options`}
        items={step.options}
        max={12}
        idPrefix="optie"
        onChange={(options) => onChange({ ...step, options })}
      />
      <SwitchField
        label={t('builder.field.allowOther')}
        checked={step.allowOther === true}
        onChange={(allowOther) =>
          onChange({ ...step, allowOther, ...(allowOther ? {} : { otherLabel: undefined }) })
        }
      />
      {step.allowOther && (
        <TextField
          label={t('builder.field.otherLabel')}
          path={`${path}.otherLabel`}
          value={step.otherLabel}
          onChange={(otherLabel) => onChange({ ...step, otherLabel })}
        />
      )}
    </>
  );
}

export function ChecklistEditor({ step, path, onChange }: StepEditorProps<'checklist'>) {
  const { t } = useHomeworkTranslation();
  return (
    <>
      <QuestionFields
        path={path}
        step={step}
        onChange={(patch) => onChange({ ...step, ...patch })}
      />
      <LabelledItemsEditor
        legend={t('builder.field.items')}
        itemName={t('builder.field.item')}
        path={`${path}.items`}
        items={step.items}
        max={20}
        idPrefix="punt"
        onChange={(items) => onChange({ ...step, items })}
      />
    </>
  );
}

interface LabelledItem {
  readonly id: string;
  readonly label: string;
}

/** A list of {id, label} entries (a choice's options, a checklist's items): one editor for both. */
function LabelledItemsEditor({
  legend,
  itemName,
  path,
  items,
  max,
  idPrefix,
  onChange,
}: {
  legend: string;
  itemName: string;
  path: string;
  items: readonly LabelledItem[];
  max: number;
  idPrefix: string;
  onChange: (items: LabelledItem[]) => void;
}) {
  const { t } = useHomeworkTranslation();
  return (
    <ListEditor
      legend={legend}
      itemName={itemName}
      path={path}
      items={items}
      max={max}
      onChange={onChange}
      newItem={(current) => ({
        id: freeId(
          idPrefix,
          current.map((i) => i.id),
        ),
        label: '',
      })}
      render={(item, index, update) => (
        <TextField
          label={t('builder.field.label')}
          path={`${path}.${index}.label`}
          value={item.label}
          onChange={(label) => update({ ...item, label })}
          required
        />
      )}
    />
  );
}
