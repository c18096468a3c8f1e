import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader/page-loader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useLibraryModule } from '../api/get-library-module';
import { ModuleBuilder } from '../components/builder/module-builder';
import { LoadProblem } from '../components/common/load-problem';
import { useHomeworkTranslation } from '../i18n/use-homework-translation';

/** /praktijk/bibliotheek/:moduleId/bewerken — own modules only; built-ins are copied first. */
export function BuilderPage() {
  const { moduleId = '' } = useParams();
  const { t } = useHomeworkTranslation();
  const module = useLibraryModule(moduleId);
  useDocumentTitle(t('builder.documentTitle'));
  if (module.isPending) return <PageLoader />;
  if (module.isError)
    return (
      <LoadProblem
        error={module.error}
        backTo="/praktijk/bibliotheek"
        backLabel={t('library.back')}
      />
    );
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/praktijk/bibliotheek/${moduleId}`} size="sm">
        {t('builder.back')}
      </Anchor>
      {module.data.builtIn ? (
        <Alert color="stone" variant="light">
          {t('builder.builtIn')}
        </Alert>
      ) : (
        <ModuleBuilder key={module.data.id} module={module.data} />
      )}
    </Stack>
  );
}
