import { List, Stack, Text } from '@mantine/core';
import type {
  ChoiceAnswer,
  GuidedPracticeAnswer,
  ModuleStep,
  RepeatingListEntry,
} from '@oefenruimte/shared';
import { SelfTestOutcome } from '../steps/self-test-outcome';
import { ListAnswerView } from './list-answer-view';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/**
 * An answer, read-only, as the therapist will see it. The review's preview, the therapist's
 * response page and the client's sent work all use this one view.
 */
export function AnswerView({ step, answer }: { step: ModuleStep; answer: unknown }) {
  const { t } = useHomeworkTranslation();
  if (answer === null || answer === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t('answer.none')}
      </Text>
    );
  }
  switch (step.kind) {
    case 'explanation':
      return null;
    case 'reflection':
      return (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{String(answer)}</Text>
      );
    case 'scale':
      return (
        <Text>
          {t('answer.scale', { value: answer as number, min: step.min, max: step.max })}
          <Text span c="dimmed" size="sm">
            {' '}
            {t('answer.scaleEnds', {
              min: step.min,
              minLabel: step.minLabel,
              max: step.max,
              maxLabel: step.maxLabel,
            })}
          </Text>
        </Text>
      );
    case 'choice': {
      const { selected = [], other } = answer as ChoiceAnswer;
      const labels = step.options.filter((o) => selected.includes(o.id)).map((o) => o.label);
      return (
        <List spacing={4}>
          {labels.map((label) => (
            <List.Item key={label}>{label}</List.Item>
          ))}
          {other && (
            <List.Item>
              {step.otherLabel ?? t('choice.otherDefault')}: {other}
            </List.Item>
          )}
        </List>
      );
    }
    case 'checklist': {
      const ticked = answer as string[];
      return (
        <List spacing={4}>
          {step.items
            .filter((item) => ticked.includes(item.id))
            .map((item) => (
              <List.Item key={item.id}>{item.label}</List.Item>
            ))}
        </List>
      );
    }
    case 'self-test': {
      const chosen = answer as Record<string, number | undefined>;
      return (
        <Stack gap="xs">
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {step.items.map((item) => (
              <li key={item.id}>
                <Text size="sm">{item.statement}</Text>
                <Text size="sm" fw={600}>
                  {step.answerOptions.find((o) => o.value === chosen[item.id])?.label ??
                    t('answer.skipped')}
                </Text>
              </li>
            ))}
          </Stack>
          <SelfTestOutcome step={step} answer={answer} />
        </Stack>
      );
    }
    case 'repeating-list':
      return <ListAnswerView step={step} entries={answer as RepeatingListEntry[]} />;
    case 'guided-practice':
      return <PracticeAnswerView answer={answer as GuidedPracticeAnswer} />;
  }
}

function PracticeAnswerView({ answer }: { answer: GuidedPracticeAnswer }) {
  const { t } = useHomeworkTranslation();
  const rows: [string, string][] = [];
  if (typeof answer.tensionBefore === 'number')
    rows.push([t('practice.tensionBefore'), String(answer.tensionBefore)]);
  if (typeof answer.tensionAfter === 'number')
    rows.push([t('practice.tensionAfter'), String(answer.tensionAfter)]);
  if (answer.completed) rows.push([t('practice.completed'), t('answer.yes')]);
  if (answer.stoppedAt) rows.push([t('practice.stoppedAt'), answer.stoppedAt]);
  if (answer.bodyNotes) rows.push([t('practice.bodyNotes'), answer.bodyNotes]);
  return (
    <Stack gap={6}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>
        </div>
      ))}
    </Stack>
  );
}
