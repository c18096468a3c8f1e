import { Alert, Stack, Text } from '@mantine/core';
import { scoreSelfTest, type SelfTestStep } from '@oefenruimte/shared';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** The outcome of a self-test, once every statement is answered, and always the disclaimer. */
export function SelfTestOutcome({ step, answer }: { step: SelfTestStep; answer: unknown }) {
  const { t } = useHomeworkTranslation();
  const result = scoreSelfTest(step, answer);
  return (
    <Stack gap="xs">
      {result ? (
        <Alert color="sage" variant="light" title={result.band.title}>
          <Text size="sm" mb={4}>
            {result.band.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t('selfTest.score', { score: result.score, max: maxScore(step) })}
          </Text>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('selfTest.noOutcomeYet')}
        </Text>
      )}
      <Text size="sm" fs="italic">
        {step.disclaimer}
      </Text>
    </Stack>
  );
}

function maxScore(step: SelfTestStep): number {
  return step.items.length * Math.max(...step.answerOptions.map((option) => option.value));
}
