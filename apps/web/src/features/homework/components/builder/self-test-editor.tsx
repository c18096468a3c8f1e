import { Text } from '@mantine/core';
import { CONTENT_LIMITS, selfTestScoreRange } from '@oefenruimte/shared';
import { freeId } from '../../utils/new-step';
import { NumberField, TextField } from './fields';
import { ListEditor } from './list-editor';
import type { StepEditorProps } from './step-editor-props';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Statements, the shared answer scale, and bands that cover every possible score once. */
export function SelfTestEditor({ step, path, onChange }: StepEditorProps<'self-test'>) {
  const { t } = useHomeworkTranslation();
  const range = selfTestScoreRange(step);
  return (
    <>
      <TextField
        label={t('builder.field.titleOptional')}
        path={`${path}.title`}
        value={step.title}
        onChange={(title) => onChange({ ...step, title })}
      />
      <TextField
        label={t('builder.field.prompt')}
        path={`${path}.prompt`}
        value={step.prompt}
        onChange={(prompt) => onChange({ ...step, prompt })}
        required
        multiline
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
        legend={t('builder.field.statements')}
        itemName={t('builder.field.statement')}
        path={`${path}.items`}
        items={step.items}
        max={40}
        onChange={(items) => onChange({ ...step, items })}
        newItem={(items) => ({
          id: freeId(
            'zin',
            items.map((i) => i.id),
          ),
          statement: '',
        })}
        render={(item, index, update) => (
          <TextField
            label={t('builder.field.statementText')}
            path={`${path}.items.${index}.statement`}
            value={item.statement}
            onChange={(statement) => update({ ...item, statement })}
            required
          />
        )}
      />
      <ListEditor
        legend={t('builder.field.answerOptions')}
        itemName={t('builder.field.answerOption')}
        path={`${path}.answerOptions`}
        items={step.answerOptions}
        max={7}
        onChange={(answerOptions) => onChange({ ...step, answerOptions })}
        newItem={(items) => ({
          value: Math.min(10, Math.max(-1, ...items.map((i) => i.value)) + 1),
          label: '',
        })}
        render={(option, index, update) => (
          <>
            <TextField
              label={t('builder.field.label')}
              path={`${path}.answerOptions.${index}.label`}
              value={option.label}
              onChange={(label) => update({ ...option, label })}
              required
            />
            <NumberField
              label={t('builder.field.points')}
              path={`${path}.answerOptions.${index}.value`}
              value={option.value}
              min={0}
              max={10}
              onChange={(value) => update({ ...option, value: value as number })}
              required
            />
          </>
        )}
      />
      <Text size="sm">{t('builder.field.bandsHint', { min: range.min, max: range.max })}</Text>
      <ListEditor
        legend={t('builder.field.bands')}
        itemName={t('builder.field.band')}
        path={`${path}.bands`}
        items={step.bands}
        max={10}
        onChange={(bands) => onChange({ ...step, bands })}
        newItem={(items) => {
          const from = (items[items.length - 1]?.max ?? range.min - 1) + 1;
          return { min: from, max: Math.max(from, range.max), title: '', text: '' };
        }}
        render={(band, index, update) => (
          <>
            <NumberField
              label={t('builder.field.bandMin')}
              path={`${path}.bands.${index}.min`}
              value={band.min}
              onChange={(min) => update({ ...band, min: min as number })}
              required
            />
            <NumberField
              label={t('builder.field.bandMax')}
              path={`${path}.bands.${index}.max`}
              value={band.max}
              onChange={(max) => update({ ...band, max: max as number })}
              required
            />
            <TextField
              label={t('builder.field.bandTitle')}
              path={`${path}.bands.${index}.title`}
              value={band.title}
              onChange={(title) => update({ ...band, title })}
              required
            />
            <TextField
              label={t('builder.field.bandText')}
              path={`${path}.bands.${index}.text`}
              value={band.text}
              onChange={(text) => update({ ...band, text })}
              required
              multiline
            />
          </>
        )}
      />
      <div>
        <Text size="sm" fw={600}>
          {t('builder.field.disclaimer')}
        </Text>
        <Text size="sm" fs="italic">
          {step.disclaimer}
        </Text>
      </div>
    </>
  );
}
