import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { QUESTIONNAIRE_EVERY_DAYS } from '@oefenruimte/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormatDate } from '../../../lib/format-date';
import {
  useAssignQuestionnaire,
  useClientQuestionnaires,
  useLibrary,
  useStopQuestionnaire,
} from '../api/questionnaires';
import { AnswerList } from '../components/answer-list';
import { ResultView } from '../components/result-view';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';
import { fillPlan } from '../lib/fill-items';
import { groupResults } from '../lib/group-results';

/** /praktijk/clienten/:clientId/vragenlijsten: set one out, and the results the client shares. */
export function ClientQuestionnairesPage() {
  const { t } = useQuestionnairesTranslation();
  useDocumentTitle(t('therapist.title'));
  const { clientId = '' } = useParams();
  const format = useFormatDate();
  const library = useLibrary();
  const data = useClientQuestionnaires(clientId);
  const assign = useAssignQuestionnaire(clientId);
  const stop = useStopQuestionnaire(clientId);
  const [chosen, setChosen] = useState('');
  const [rhythm, setRhythm] = useState<'once' | 'fourWeeks'>('once');
  const [assigned, setAssigned] = useState(false);
  if (library.isPending || data.isPending) return <PageLoader />;
  if (library.isError || data.isError)
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('list.loadError')}
      </Alert>
    );
  const questionnaireId = chosen || library.data[0]?.id || '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setAssigned(false);
    assign.mutate(
      {
        questionnaireId,
        everyDays: rhythm === 'once' ? null : QUESTIONNAIRE_EVERY_DAYS.fourWeeks,
      },
      { onSuccess: () => setAssigned(true) },
    );
  };
  return (
    <Stack gap="lg">
      <Title order={2}>{t('therapist.title')}</Title>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3}>{t('therapist.assignTitle')}</Title>
          {library.data.length === 0 ? (
            <Text>{t('therapist.noLibrary')}</Text>
          ) : (
            <>
              <NativeSelect
                label={t('therapist.questionnaire')}
                value={questionnaireId}
                onChange={(event) => setChosen(event.currentTarget.value)}
                data={library.data.map((q) => ({ value: q.id, label: q.title }))}
              />
              <NativeSelect
                label={t('therapist.rhythm')}
                value={rhythm}
                onChange={(event) => setRhythm(event.currentTarget.value as 'once' | 'fourWeeks')}
                data={[
                  { value: 'once', label: t('therapist.once') },
                  { value: 'fourWeeks', label: t('therapist.fourWeeks') },
                ]}
              />
              <Button type="submit" loading={assign.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('therapist.assign')}
              </Button>
            </>
          )}
          <FormAlert error={assign.error} />
          {assigned && <Notice>{t('therapist.assigned')}</Notice>}
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={3}>{t('therapist.assignments')}</Title>
        {data.data.assignments.length === 0 ? (
          <Text>{t('therapist.noAssignments')}</Text>
        ) : (
          <List spacing={4}>
            {data.data.assignments.map((a) => (
              <List.Item key={a.id}>
                <Group gap="xs" wrap="wrap">
                  <span>
                    {a.title} ·{' '}
                    {a.everyDays ? t('list.everyDays', { days: a.everyDays }) : t('list.once')}
                    {a.stopped
                      ? ` · ${t('therapist.stopped')}`
                      : a.nextDue
                        ? ` · ${t('list.nextDue', { date: format.date(a.nextDue) })}`
                        : ''}
                  </span>
                  {!a.stopped && a.nextDue && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      loading={stop.isPending && stop.variables === a.id}
                      onClick={() => stop.mutate(a.id)}
                      aria-label={t('therapist.stopNamed', { title: a.title })}
                    >
                      {t('therapist.stop')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <FormAlert error={stop.error} />
      </Stack>
      <Stack gap="sm">
        <Title order={3}>{t('therapist.results')}</Title>
        {data.data.results.length === 0 && <Text>{t('therapist.noResults')}</Text>}
        {groupResults(data.data.results).map((history) => {
          const latest = history[history.length - 1]!;
          const instrument = data.data.instruments[latest.questionnaireId];
          const plan = instrument ? fillPlan(instrument) : null;
          return (
            <Stack key={latest.id} gap="xs">
              <ResultView result={latest} history={history} headingOrder={3} />
              {plan && (
                <Paper withBorder p="md" radius="md">
                  <AnswerList items={plan.items} answers={latest.answers} />
                </Paper>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Stack>
  );
}
