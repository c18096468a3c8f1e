import { Badge, Group } from '@mantine/core';
import type { LibraryModuleSummary } from '@oefenruimte/shared';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** Theme, length, and whose module it is, in calm colours. */
export function ModuleBadges({ module }: { module: LibraryModuleSummary }) {
  const { t } = useHomeworkTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="sage" tt="none">
        {t(`theme.${module.theme}`)}
      </Badge>
      <Badge variant="light" color="stone" tt="none">
        {t('home.minutes', { count: module.estimatedMinutes })}
      </Badge>
      <Badge variant="outline" color={module.builtIn ? 'sage' : 'stone'} tt="none">
        {module.builtIn ? t('library.builtIn') : t('library.own')}
      </Badge>
      {!module.builtIn && module.publishedVersion === null && (
        <Badge variant="outline" color="stone" tt="none">
          {t('library.draftOnly')}
        </Badge>
      )}
    </Group>
  );
}
