import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  PLAN_SUGGESTION_NOTE_MAX_LENGTH,
  type SafetyPlan,
  type SafetyPlanContent,
} from '@oefenruimte/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useFormatDate } from '../../../lib/format-date';
import { useClientPlan } from '../api/get-client-plan';
import { useSuggestChange } from '../api/suggestions';
import { PlanEditor } from '../components/plan-editor';
import { PlanView } from '../components/plan-view';
import { SuggestionHistory } from '../components/suggestion-history';
import { usePlanTranslation } from '../i18n/use-plan-translation';

/** What the therapist is suggesting, from the version they read. */
interface Draft {
  readonly baseVersion: number;
  readonly content: SafetyPlanContent;
  readonly note: string;
}

/**
 * /praktijk/clienten/:clientId/signaleringsplan: the client's plan while they share it. The
 * therapist reads it and may suggest a change; only the client changes the plan.
 */
export function ClientPlanPage() {
  const { t } = usePlanTranslation();
  useDocumentTitle(t('therapist.title'));
  const { clientId = '' } = useParams();
  const format = useFormatDate();
  const shared = useClientPlan(clientId);
  const suggest = useSuggestChange(clientId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [stale, setStale] = useState<SafetyPlan | null>(null);
  const [sent, setSent] = useState(false);

  const fieldError = suggest.error instanceof ApiRequestError ? suggest.error : null;
  const errorFor = (path: string) =>
    fieldError?.fields.some((field) => field.field === path) ? t('editor.fieldInvalid') : undefined;
  const send = (body: Draft) => {
    setSent(false);
    suggest.mutate(
      { content: body.content, baseVersion: body.baseVersion, note: body.note.trim() || null },
      {
        onSuccess: () => {
          setDraft(null);
          setStale(null);
          setSent(true);
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 409 && error.current)
            setStale(error.current as SafetyPlan);
        },
      },
    );
  };

  let body;
  if (shared.isPending) body = <PageLoader />;
  else if (shared.isError)
    body = (
      <Alert color="orange" variant="light" role="alert">
        {t('page.loadError')}
      </Alert>
    );
  else if (!shared.data.plan) body = <Text>{t('therapist.notShared')}</Text>;
  else {
    const plan = shared.data.plan;
    body = draft ? (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send(draft);
        }}
      >
        <Stack gap="md">
          <Text>{t('therapist.suggestIntro')}</Text>
          {stale && (
            <Stack gap="sm" role="alert">
              <Alert color="orange" variant="light">
                {t('therapist.stale')}
              </Alert>
              <PlanView content={stale.content} />
              <Button
                variant="default"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => send({ ...draft, baseVersion: stale.version })}
              >
                {t('therapist.suggestAgain')}
              </Button>
            </Stack>
          )}
          <PlanEditor
            content={draft.content}
            errorFor={errorFor}
            onChange={(content) => setDraft({ ...draft, content })}
          />
          <Textarea
            label={t('therapist.note')}
            autosize
            minRows={2}
            maxLength={PLAN_SUGGESTION_NOTE_MAX_LENGTH}
            value={draft.note}
            onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
          />
          {fieldError && fieldError.status !== 409 && (
            <FormAlert
              error={fieldError}
              message={fieldError.status === 400 ? t('therapist.invalid') : undefined}
            />
          )}
          <Group>
            <Button type="submit" loading={suggest.isPending}>
              {t('therapist.send')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft(null);
                setStale(null);
                suggest.reset();
              }}
            >
              {t('therapist.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    ) : (
      <>
        <Text size="sm" c="dimmed">
          {t('therapist.readOnly')} {t('page.updated', { date: format.date(plan.updatedAt) })}
        </Text>
        {sent && <Notice>{t('therapist.sent')}</Notice>}
        <Button
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setSent(false);
            setDraft({ baseVersion: plan.version, content: plan.content, note: '' });
          }}
        >
          {t('therapist.suggest')}
        </Button>
        <SuggestionHistory suggestions={shared.data.suggestions} />
        <PlanView content={plan.content} />
      </>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2}>{t('therapist.title')}</Title>
      {body}
    </Stack>
  );
}
