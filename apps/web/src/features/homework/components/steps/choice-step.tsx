import { Button, Checkbox, Radio, Stack, TextInput } from '@mantine/core';
import { ANSWER_LIMITS, type ChoiceAnswer } from '@oefenruimte/shared';
import { PlainFieldset } from '../../../../components/plain-fieldset/plain-fieldset';
import type { StepInputProps } from './step-input-props';
import { StepTitle } from './step-title';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Without a choice and without an own answer, there is no answer. */
function tidy(answer: ChoiceAnswer): ChoiceAnswer | null {
  const selected = answer.selected ?? [];
  const other = answer.other ?? '';
  if (selected.length === 0 && other === '') return null;
  return { ...(selected.length > 0 ? { selected } : {}), ...(other ? { other } : {}) };
}

export function ChoiceStep({ step, answer, onChange }: StepInputProps<'choice'>) {
  const { t } = useHomeworkTranslation();
  const selected = answer?.selected ?? [];
  const other = answer?.other ?? '';
  const toggle = (id: string, on: boolean) => {
    const next = step.multiple
      ? on
        ? step.options.map((o) => o.id).filter((o) => o === id || selected.includes(o))
        : selected.filter((s) => s !== id)
      : on
        ? [id]
        : [];
    onChange(tidy({ selected: next, other }));
  };
  return (
    <Stack gap="sm">
      <StepTitle title={step.title} />
      <PlainFieldset legend={<span lang="nl">{step.prompt}</span>} description={step.hint}>
        <Stack gap="sm">
          {step.options.map((option) =>
            step.multiple ? (
              <Checkbox
                key={option.id}
                label={option.label}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
            ) : (
              <Radio
                key={option.id}
                name={`choice-${step.id}`}
                value={option.id}
                label={option.label}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
            ),
          )}
          {!step.multiple && selected.length > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              onClick={() => toggle('', false)}
            >
              {t('choice.clear')}
            </Button>
          )}
          {step.allowOther && (
            <TextInput
              label={step.otherLabel ?? t('choice.otherDefault')}
              value={other}
              maxLength={ANSWER_LIMITS.choiceOther}
              onChange={(event) => onChange(tidy({ selected, other: event.currentTarget.value }))}
            />
          )}
        </Stack>
      </PlainFieldset>
    </Stack>
  );
}
