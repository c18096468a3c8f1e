import { Alert, Button, Group, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { emptyPlanContent, type SafetyPlan, type SafetyPlanContent } from '@oefenruimte/shared';
import { useEffect, useState } from 'react';
import { usePlanTranslation } from '../i18n/use-plan-translation';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useFormatDate } from '../../../lib/format-date';
import { useMyPlan } from '../api/get-my-plan';
import { useSavePlan, useSharePlan } from '../api/save-plan';
import { useMySuggestions } from '../api/suggestions';
import { PlanEditor } from '../components/plan-editor';
import { PlanView, planPrintClasses } from '../components/plan-view';
import { SuggestionCard } from '../components/suggestion-card';
import { readPlanDraft, writePlanDraft } from '../lib/plan-draft';

/** What the client was writing when the plan turned out to be changed elsewhere. */
interface Conflict {
  readonly mine: SafetyPlanContent;
  readonly theirs: SafetyPlan;
}

/** /mijn/signaleringsplan: the client's own plan, to read, change, share and print. */
export function PlanPage() {
  const { t } = usePlanTranslation();
  useDocumentTitle(t('page.documentTitle'));
  const format = useFormatDate();
  const plan = useMyPlan();
  const save = useSavePlan();
  const share = useSharePlan();
  // An unsaved edit of this tab comes back after a refresh or a lost connection.
  const [draft, setDraft] = useState(readPlanDraft);
  const [restored] = useState(() => draft !== null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  const suggestions = useMySuggestions();
  const [decided, setDecided] = useState<'accepted' | 'declined' | null>(null);
  useEffect(() => writePlanDraft(draft), [draft]);

  if (plan.isPending) return <PageLoader />;
  if (plan.isError)
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('page.loadError')}
      </Alert>
    );
  const current = plan.data;
  const fieldError = save.error instanceof ApiRequestError ? save.error : null;
  const errorFor = (path: string) =>
    fieldError?.fields.some((field) => field.field === path) ? t('editor.fieldInvalid') : undefined;

  const submit = (content: SafetyPlanContent, baseVersion: number | null) => {
    setSaved(false);
    setDecided(null);
    save.mutate(
      { content, baseVersion },
      {
        onSuccess: () => {
          setDraft(null);
          setConflict(null);
          setSaved(true);
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 409 && error.current)
            setConflict({ mine: content, theirs: error.current as SafetyPlan });
        },
      },
    );
  };

  return (
    <Stack gap="lg" className={planPrintClasses.printable}>
      <Stack gap="xs">
        <Title order={1}>{t('page.title')}</Title>
        <Text className={planPrintClasses.noPrint}>{t('page.intro')}</Text>
        {current && (
          <Text size="sm" c="dimmed">
            {t('page.updated', { date: format.date(current.updatedAt) })}
          </Text>
        )}
      </Stack>

      {conflict && (
        <Paper withBorder p="md" radius="md" role="alert" className={planPrintClasses.noPrint}>
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('conflict.title')}
            </Title>
            <Text>{t('conflict.body')}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('conflict.mine')}
                </Title>
                <PlanView content={conflict.mine} label={t('conflict.mine')} />
              </Stack>
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('conflict.theirs')}
                </Title>
                <PlanView content={conflict.theirs.content} label={t('conflict.theirs')} />
              </Stack>
            </SimpleGrid>
            <Group>
              <Button onClick={() => submit(conflict.mine, conflict.theirs.version)}>
                {t('conflict.keepMine')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setConflict(null);
                  setDraft(null);
                  save.reset();
                  void plan.refetch();
                }}
              >
                {t('conflict.keepTheirs')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {!conflict && draft ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit(draft.content, draft.baseVersion);
          }}
        >
          <Stack gap="md">
            {restored && <Notice>{t('editor.draftRestored')}</Notice>}
            <PlanEditor
              content={draft.content}
              errorFor={errorFor}
              onChange={(content) => setDraft({ baseVersion: draft.baseVersion, content })}
            />
            {fieldError && fieldError.status !== 409 && (
              <FormAlert
                error={fieldError}
                message={fieldError.status === 400 ? t('editor.invalid') : t('editor.saveError')}
              />
            )}
            <Group className={planPrintClasses.noPrint}>
              <Button type="submit" loading={save.isPending}>
                {t('editor.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraft(null);
                  save.reset();
                }}
              >
                {t('editor.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        !conflict && (
          <>
            {saved && (
              // A confirmation for the screen, not for the fridge.
              <div className={planPrintClasses.noPrint}>
                <Notice>{t('editor.saved')}</Notice>
              </div>
            )}
            {decided && (
              <div className={planPrintClasses.noPrint}>
                <Notice>{t(`suggestion.${decided}`)}</Notice>
              </div>
            )}
            {current ? (
              <>
                {(suggestions.data ?? [])
                  .filter((suggestion) => suggestion.status === 'open')
                  .map((suggestion) => (
                    <div key={suggestion.id} className={planPrintClasses.noPrint}>
                      <SuggestionCard
                        suggestion={suggestion}
                        plan={current}
                        onDecided={(outcome) => {
                          setSaved(false);
                          setDecided(outcome);
                        }}
                      />
                    </div>
                  ))}
                <Group className={planPrintClasses.noPrint}>
                  <Button
                    onClick={() =>
                      setDraft({ baseVersion: current.version, content: current.content })
                    }
                  >
                    {t('page.edit')}
                  </Button>
                  <Button variant="default" onClick={() => window.print()}>
                    {t('page.print')}
                  </Button>
                </Group>
                <Paper withBorder p="md" radius="md" className={planPrintClasses.noPrint}>
                  <Switch
                    label={t('share.label')}
                    description={current.shared ? t('share.on') : t('share.off')}
                    checked={current.shared}
                    disabled={share.isPending}
                    onChange={(event) =>
                      share.mutate({
                        shared: event.currentTarget.checked,
                        version: current.version,
                      })
                    }
                  />
                  <FormAlert error={share.error} />
                </Paper>
                <PlanView content={current.content} />
              </>
            ) : (
              <Stack gap="sm" align="flex-start">
                <Text>{t('page.empty')}</Text>
                <Button
                  onClick={() => setDraft({ baseVersion: null, content: emptyPlanContent() })}
                >
                  {t('page.start')}
                </Button>
              </Stack>
            )}
          </>
        )
      )}
    </Stack>
  );
}
