import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MODULE_THEMES, type ModuleTheme } from '@oefenruimte/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useCreateModule } from '../api/create-module';
import { useLibraryModules } from '../api/get-library-modules';
import { LoadProblem } from '../components/common/load-problem';
import { ModuleCard } from '../components/library/module-card';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

function asTheme(value: string): ModuleTheme | null {
  return (MODULE_THEMES as readonly string[]).includes(value) ? (value as ModuleTheme) : null;
}

/** /praktijk/bibliotheek — the built-in modules and the practice's own, searchable by theme. */
export function LibraryPage() {
  const { t } = useHomeworkTranslation();
  useDocumentTitle(t('library.documentTitle'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [q, setQ] = useState('');
  const [theme, setTheme] = useState<ModuleTheme | null>(null);
  const [debounced] = useDebouncedValue(q, 300);
  const modules = useLibraryModules(debounced, theme);
  const create = useCreateModule();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('library.title')}</Title>
          <Text>{t('library.intro')}</Text>
        </Stack>
        <Button
          variant="light"
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              {},
              { onSuccess: (m) => void navigate(`/praktijk/bibliotheek/${m.id}/bewerken`) },
            )
          }
        >
          {t('library.new')}
        </Button>
      </Group>
      {create.error && <Text role="alert">{errorMessage(create.error)}</Text>}
      <Group gap="sm" align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          type="search"
          label={t('library.search')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maw={420}
        />
        <NativeSelect
          label={t('library.theme')}
          value={theme ?? ''}
          onChange={(event) => setTheme(asTheme(event.currentTarget.value))}
          data={[
            { value: '', label: t('library.allThemes') },
            ...MODULE_THEMES.map((value) => ({ value, label: t(`theme.${value}`) })),
          ]}
          maw={260}
        />
      </Group>
      <VisuallyHidden role="status">
        {modules.data ? t('library.count', { count: modules.data.length }) : ''}
      </VisuallyHidden>
      {modules.isPending ? (
        <PageLoader />
      ) : modules.isError ? (
        <LoadProblem error={modules.error} onRetry={() => void modules.refetch()} />
      ) : modules.data.length === 0 ? (
        <Text>{t('library.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {modules.data.map((module) => (
            <ModuleCard key={module.id} module={module} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
