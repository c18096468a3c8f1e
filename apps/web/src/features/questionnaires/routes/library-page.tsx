import { Alert, Button, FileInput, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  type FieldError,
  type ImportedQuestionnaire,
  QUESTIONNAIRE_ISSUE_CODES,
  type QuestionnaireIssueCode,
} from '@oefenruimte/shared';
import { useState } from 'react';
import { FormAlert, Notice } from '../../../components/form-alert/form-alert';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useImportQuestionnaire, useLibrary } from '../api/questionnaires';
import { useQuestionnairesTranslation } from '../i18n/use-questionnaires-translation';

const isIssueCode = (code: string): code is QuestionnaireIssueCode =>
  (QUESTIONNAIRE_ISSUE_CODES as readonly string[]).includes(code);

/** /praktijk/vragenlijsten: import a FHIR Questionnaire file; the refusal says why, per item. */
export function LibraryPage() {
  const { t, i18n } = useQuestionnairesTranslation();
  useDocumentTitle(t('library.documentTitle'));
  const library = useLibrary();
  const importing = useImportQuestionnaire();
  const [file, setFile] = useState<File | null>(null);
  const [notJson, setNotJson] = useState(false);
  const [imported, setImported] = useState<ImportedQuestionnaire | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setNotJson(false);
    setImported(null);
    importing.reset();
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setNotJson(true);
      return;
    }
    importing.mutate(parsed, { onSuccess: setImported });
  };

  const error = importing.error instanceof ApiRequestError ? importing.error : null;
  // The API's Dutch sentence names the answer option or the counts; other languages get the
  // translated reason of its code.
  const reason = (field: FieldError) =>
    i18n.resolvedLanguage === 'nl' || !isIssueCode(field.constraint)
      ? field.message
      : t(`library.codes.${field.constraint}`);
  const refused = error?.status === 400 && error.fields.length > 0;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('library.title')}</Title>
        <Text>{t('library.intro')}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit}>
        <Stack gap="sm">
          <FileInput
            label={t('library.file')}
            accept="application/json,application/fhir+json,.json"
            value={file}
            onChange={setFile}
            clearable
          />
          <Button
            type="submit"
            disabled={!file}
            loading={importing.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('library.import')}
          </Button>
          {notJson && (
            <Alert color="orange" variant="light" role="alert">
              {t('library.notJson')}
            </Alert>
          )}
          {refused && (
            <Alert color="orange" variant="light" role="alert" title={t('library.refused')}>
              <List spacing={4} size="sm">
                {error.fields.map((field) => (
                  <List.Item key={`${field.field}-${field.constraint}-${field.message}`}>
                    <Text span fw={600}>
                      {field.field.replace(/^item\./, '')}
                    </Text>
                    {': '}
                    {reason(field)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {error?.status === 409 && <FormAlert error={error} message={t('library.duplicate')} />}
          {error && !refused && error.status !== 409 && <FormAlert error={error} />}
          {imported && <Notice>{t('library.imported', { title: imported.title })}</Notice>}
        </Stack>
      </Paper>
      <Stack gap="sm">
        <Title order={2}>{t('library.listTitle')}</Title>
        {library.isPending ? (
          <PageLoader />
        ) : library.data?.length ? (
          <List spacing="xs">
            {library.data.map((q) => (
              <List.Item key={q.id}>
                <Text span fw={600}>
                  {q.title}
                </Text>
                {q.version ? ` (${q.version})` : ''} · {t('library.items', { count: q.itemCount })}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('library.empty')}</Text>
        )}
      </Stack>
    </Stack>
  );
}
