import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { LibraryModule } from '@oefenruimte/shared';
import { useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { BuilderIssuesContext } from './builder-issues-context';
import { IssueSummary } from './issue-summary';
import { MetaEditor } from './meta-editor';
import { StepsEditor } from './steps-editor';
import { type EditResult, useModuleEditing } from './use-module-editing';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** The builder for one of the practice's own modules. */
export function ModuleBuilder({ module }: { module: LibraryModule }) {
  const { t } = useHomeworkTranslation();
  const errorMessage = useErrorMessage();
  const editing = useModuleEditing(module);
  const [result, setResult] = useState<EditResult | null>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      editing.dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const run = async (action: () => Promise<EditResult | null>) => setResult(await action());
  return (
    <BuilderIssuesContext.Provider value={editing.issues}>
      <Stack gap="lg" maw={880}>
        <Stack gap={4}>
          <Title order={1}>{t('builder.title', { title: editing.content.title })}</Title>
          <Text size="sm" c="dimmed">
            {module.publishedVersion === null
              ? t('builder.neverPublished')
              : t('builder.publishedVersion', { version: module.publishedVersion })}
          </Text>
        </Stack>
        <IssueSummary issues={editing.issues} />
        <MetaEditor content={editing.content} onChange={editing.edit} />
        <StepsEditor
          steps={editing.content.steps}
          onChange={(steps) => editing.edit({ ...editing.content, steps })}
        />
        <div role="status" aria-live="polite">
          {result === 'saved' && !editing.dirty && (
            <Alert color="sage" variant="light">
              {t('builder.saved')}
            </Alert>
          )}
          {result === 'published' && (
            <Alert color="sage" variant="light">
              {t('builder.published')}
            </Alert>
          )}
          {result === 'failed' && editing.error && (
            <Alert color="stone" variant="light">
              {errorMessage(editing.error)}
            </Alert>
          )}
          {editing.dirty && <Text size="sm">{t('builder.unsaved')}</Text>}
        </div>
        <Group
          gap="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-body)',
            padding: '8px 0',
          }}
        >
          <Button onClick={() => void run(editing.saveDraft)} loading={editing.saving}>
            {t('builder.save')}
          </Button>
          <Button
            variant="light"
            onClick={() => void run(editing.publishNow)}
            loading={editing.publishing}
          >
            {t('builder.publish')}
          </Button>
          <Button component={Link} to={`/praktijk/bibliotheek/${module.id}`} variant="default">
            {t('builder.toPreview')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={editing.conflict !== null}
        onClose={() => void run(() => editing.resolveConflict('theirs'))}
        title={t('builder.conflictTitle')}
      >
        <Stack gap="sm">
          <Text>{t('builder.conflictBody')}</Text>
          <Button onClick={() => void run(() => editing.resolveConflict('mine'))}>
            {t('builder.conflictMine')}
          </Button>
          <Button
            variant="default"
            onClick={() => void run(() => editing.resolveConflict('theirs'))}
          >
            {t('builder.conflictTheirs')}
          </Button>
        </Stack>
      </Modal>
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('builder.leaveTitle')}
      >
        <Stack gap="sm">
          <Text>{t('builder.leaveBody')}</Text>
          <Group gap="sm">
            <Button onClick={() => blocker.reset?.()}>{t('builder.leaveStay')}</Button>
            <Button variant="default" onClick={() => blocker.proceed?.()}>
              {t('builder.leaveGo')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </BuilderIssuesContext.Provider>
  );
}
