import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import {
  type MyQuestionnaireDetail,
  type QuestionnaireResult,
  initialShareState,
} from '@oefenruimte/shared';
import { useState } from 'react';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useSaveDraft, useSubmitQuestionnaire } from '../api/questionnaires';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';
import type { FillPlan } from '../lib/fill-items';
import { AnswerList } from './answer-list';
import { ShareSwitch } from './share-switch';

interface QuestionnaireFlowProps {
  readonly detail: MyQuestionnaireDetail;
  readonly plan: FillPlan;
  readonly onSubmitted: (result: QuestionnaireResult) => void;
}

/**
 * Filling in, one question per screen: answer, skip or go back; pause keeps a draft on the
 * server to resume anywhere. Before sending, the client sees exactly what the therapist would
 * see, and the share switch starts off (the product's share default).
 */
export function QuestionnaireFlow({ detail, plan, onSubmitted }: QuestionnaireFlowProps) {
  const { t } = useQuestionnairesTranslation();
  const total = plan.items.length;
  const [answers, setAnswers] = useState<(number | null)[]>(() =>
    plan.items.map((_, i) => detail.draftAnswers?.[i] ?? null),
  );
  const [version, setVersion] = useState<number | null>(detail.draft?.version ?? null);
  // Resume after the last question answered (a skipped one stays skipped).
  const [step, setStep] = useState(() => {
    const last = (detail.draftAnswers ?? []).reduce<number>(
      (found, value, index) => (value === null || value === undefined ? found : index),
      -1,
    );
    return Math.min(last + 1, total);
  });
  const [shared, setShared] = useState(initialShareState());
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [paused, setPaused] = useState(false);
  const [conflict, setConflict] = useState(false);
  const draft = useSaveDraft(detail.assignment.id);
  const submit = useSubmitQuestionnaire(detail.assignment.id);

  const takeServer = (error: unknown) => {
    if (error instanceof ApiRequestError && error.status === 409 && error.current) {
      const current = error.current as QuestionnaireResult;
      setAnswers(plan.items.map((_, i) => current.answers[i] ?? null));
      setVersion(current.version);
      setConflict(true);
    }
  };

  const pause = () => {
    setPaused(false);
    setConflict(false);
    draft.mutate(
      { answers, version },
      {
        onSuccess: (saved) => {
          setVersion(saved.version);
          setPaused(true);
        },
        onError: takeServer,
      },
    );
  };

  // Through the promise, not mutate()'s callbacks: those are dropped if a refetch takes this
  // flow off the page first, and the page must hear the result (it may open the help).
  const send = () =>
    void submit
      .mutateAsync({ answers, version, idempotencyKey, shared })
      .then(onSubmitted, takeServer);

  const answer = (index: number, value: number | null) =>
    setAnswers((current) => current.map((v, i) => (i === index ? value : v)));

  const notices = (
    <>
      {paused && <Notice>{t('fill.paused')}</Notice>}
      {conflict && (
        <Alert color="orange" variant="light" role="alert">
          {t('fill.conflict')}
        </Alert>
      )}
      <FormAlert error={draft.error && !conflict ? draft.error : null} />
      <FormAlert error={submit.error && !conflict ? submit.error : null} />
    </>
  );

  if (step >= total) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('preview.title')}</Title>
        <Text>{t('preview.intro')}</Text>
        <Paper withBorder p="md" radius="md">
          <AnswerList items={plan.items} answers={answers} />
        </Paper>
        <ShareSwitch
          label={t('preview.share')}
          description={t('preview.shareHelp')}
          checked={shared}
          onChange={setShared}
        />
        {notices}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep(total - 1)}>
            {t('preview.back')}
          </Button>
          <Button onClick={send} loading={submit.isPending}>
            {t('preview.send')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const item = plan.items[step]!;
  const value = answers[step] ?? null;
  return (
    <Stack gap="md">
      {step === 0 && plan.intro.map((text) => <Text key={text}>{text}</Text>)}
      <Stack gap={4}>
        <Text size="sm" id="questionnaire-progress">
          {t('fill.progress', { n: step + 1, total })}
        </Text>
        <Progress.Root size="sm">
          <Progress.Section
            value={((step + 1) / total) * 100}
            aria-labelledby="questionnaire-progress"
          />
        </Progress.Root>
      </Stack>
      <Stack
        gap="xs"
        role="group"
        aria-labelledby="questionnaire-question"
        aria-describedby="questionnaire-hint"
      >
        <Text id="questionnaire-question" fw={600} size="lg">
          {item.text}
        </Text>
        <Text id="questionnaire-hint" size="sm" c="dimmed">
          {t('fill.answerLabel')}
        </Text>
        {item.options.map((option) => (
          <Button
            key={option.value}
            variant={value === option.value ? 'filled' : 'default'}
            aria-pressed={value === option.value}
            size="md"
            fullWidth
            justify="flex-start"
            onClick={() => answer(step, option.value)}
          >
            {option.label}
          </Button>
        ))}
      </Stack>
      {notices}
      <Group justify="space-between" gap="xs">
        <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0}>
          {t('fill.previous')}
        </Button>
        <Group gap="xs">
          <Button
            variant="subtle"
            onClick={() => {
              answer(step, null);
              setStep(step + 1);
            }}
          >
            {t('fill.skip')}
          </Button>
          <Button onClick={() => setStep(step + 1)} disabled={value === null}>
            {step === total - 1 ? t('fill.toPreview') : t('fill.next')}
          </Button>
        </Group>
      </Group>
      <Button variant="light" onClick={pause} loading={draft.isPending}>
        {t('fill.pause')}
      </Button>
    </Stack>
  );
}
