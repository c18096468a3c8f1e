import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCreateModule } from '../../features/homework/api/create-module';
import { useLibraryModule } from '../../features/homework/api/get-library-module';
import { LoadProblem } from '../../features/homework/components/common/load-problem';
import { AssignModal } from '../../features/homework/components/library/assign-modal';
import { ModuleBadges } from '../../features/homework/components/library/module-badges';
import { ModulePreview } from '../../features/homework/components/library/module-preview';
import { useCurrentClients } from '../../features/practice/api/get-clients';
import { useErrorMessage } from '../../lib/api/use-error-message';
import { useHomeworkTranslation } from '../../features/homework/i18n/use-homework-translation';

/**
 * /praktijk/bibliotheek/:moduleId — the module as the client sees it, copy, edit, assign.
 * Combines homework with the practice's client list (whom to assign to), so it lives with the app.
 */
export function ModulePage() {
  const { moduleId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const module = useLibraryModule(moduleId);
  const copy = useCreateModule();
  const [assigning, { open, close }] = useDisclosure(false);
  const clients = useCurrentClients(assigning);
  const [assignedTo, setAssignedTo] = useState<string | null>(null);
  const [showDraft, setShowDraft] = useState(false);
  useDocumentTitle(
    module.data ? `${module.data.title} – ${t('library.title')}` : t('library.title'),
  );
  if (module.isPending) return <PageLoader />;
  if (module.isError)
    return (
      <LoadProblem
        error={module.error}
        backTo="/praktijk/bibliotheek"
        backLabel={t('library.back')}
      />
    );
  const m = module.data;
  // Own modules can show the draft being edited too; clients only ever get the published one.
  const draftShown = !m.published || (showDraft && !m.builtIn);
  const content = draftShown ? m.draft : (m.published ?? m.draft);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/praktijk/bibliotheek" size="sm">
        {t('library.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{m.title}</Title>
        <ModuleBadges module={m} />
        <Text maw={720}>{m.summary}</Text>
      </Stack>
      <Group gap="sm">
        {m.publishedVersion !== null && <Button onClick={open}>{t('library.assign')}</Button>}
        {!m.builtIn && (
          <Button component={Link} to={`/praktijk/bibliotheek/${m.id}/bewerken`} variant="light">
            {t('library.edit')}
          </Button>
        )}
        <Button
          variant="default"
          loading={copy.isPending}
          onClick={() =>
            copy.mutate(
              { copyFrom: m.id },
              {
                onSuccess: (created) =>
                  void navigate(`/praktijk/bibliotheek/${created.id}/bewerken`),
              },
            )
          }
        >
          {t('library.copy')}
        </Button>
      </Group>
      {copy.error && <Text role="alert">{errorMessage(copy.error)}</Text>}
      {assignedTo !== null && (
        <Alert variant="light" color="sage" role="status">
          {t('assign.done', { name: assignedTo })}
        </Alert>
      )}
      {m.publishedVersion === null && (
        <Alert variant="light" color="stone">
          {t('library.notPublished')}
        </Alert>
      )}
      <Stack gap="sm">
        <Title order={2}>{t('preview.title')}</Title>
        {m.published && !m.builtIn && (
          <SegmentedControl
            w="fit-content"
            value={showDraft ? 'draft' : 'published'}
            onChange={(value) => setShowDraft(value === 'draft')}
            data={[
              { value: 'published', label: t('preview.published') },
              { value: 'draft', label: t('preview.draft') },
            ]}
          />
        )}
        <Text size="sm" c="dimmed">
          {draftShown
            ? t('preview.showsDraft')
            : t('preview.showsPublished', { version: m.publishedVersion })}
        </Text>
        <ModulePreview key={`${m.id}-${m.version}-${draftShown}`} content={content} />
      </Stack>
      <AssignModal
        opened={assigning}
        onClose={close}
        moduleId={m.id}
        clients={clients}
        title={t('assign.titleModule', { title: m.title })}
        onAssigned={(name) => {
          close();
          setAssignedTo(name ?? '');
        }}
      />
    </Stack>
  );
}
