import {
  Alert,
  Checkbox,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { ANSWER_LIMITS, TENSION_RANGE, type GuidedPracticeAnswer } from '@oefenruimte/shared';
import { PracticeTimer } from './practice-timer';
import { ScaleSlider } from '../../../../components/scale-slider/scale-slider';
import type { StepInputProps } from './step-input-props';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

function tidy(answer: GuidedPracticeAnswer): GuidedPracticeAnswer | null {
  const kept = Object.entries(answer).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return kept.length > 0 ? (Object.fromEntries(kept) as GuidedPracticeAnswer) : null;
}

/** A body exercise: stop words first, tension before and after, instructions, an optional timer. */
export function GuidedPracticeStep({ step, answer, onChange }: StepInputProps<'guided-practice'>) {
  const { t } = useHomeworkTranslation();
  const current = answer ?? {};
  const set = (patch: Partial<GuidedPracticeAnswer>) => onChange(tidy({ ...current, ...patch }));
  const tension = (key: 'tensionBefore' | 'tensionAfter') => (
    <ScaleSlider
      label={t(`practice.${key}`)}
      min={TENSION_RANGE.min}
      max={TENSION_RANGE.max}
      minLabel={t('practice.tensionMin')}
      maxLabel={t('practice.tensionMax')}
      value={current[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );
  return (
    <Stack gap="md">
      <Title order={2}>{step.title}</Title>
      {step.intro && <Text>{step.intro}</Text>}
      {step.stopWords && (
        <Alert variant="light" color="sage" title={t('practice.stopWordsTitle')}>
          <Group gap="sm">
            {step.stopWords.map((word) => (
              <Text key={word} fw={700} size="lg">
                {word}
              </Text>
            ))}
          </Group>
        </Alert>
      )}
      {step.measureTension && tension('tensionBefore')}
      <Text fw={600}>{t('practice.instructionsTitle')}</Text>
      <List type="ordered" spacing="xs">
        {step.instructions.map((line, index) => (
          <List.Item key={index}>{line}</List.Item>
        ))}
      </List>
      {step.timerSeconds && <PracticeTimer seconds={step.timerSeconds} />}
      <Checkbox
        label={t('practice.completed')}
        checked={current.completed === true}
        onChange={(event) => set({ completed: event.currentTarget.checked || undefined })}
      />
      <TextInput
        label={t('practice.stoppedAt')}
        description={t('practice.stoppedAtHint')}
        value={current.stoppedAt ?? ''}
        maxLength={ANSWER_LIMITS.stoppedAt}
        onChange={(event) => set({ stoppedAt: event.currentTarget.value })}
      />
      {step.measureTension && tension('tensionAfter')}
      <Textarea
        label={t('practice.bodyNotes')}
        value={current.bodyNotes ?? ''}
        maxLength={ANSWER_LIMITS.bodyNotes}
        autosize
        minRows={3}
        onChange={(event) => set({ bodyNotes: event.currentTarget.value })}
      />
    </Stack>
  );
}
