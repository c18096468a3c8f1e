import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { LibraryModuleSummary } from '@oefenruimte/shared';
import { Link } from 'react-router';
import { ModuleBadges } from './module-badges';

export function ModuleCard({ module }: { module: LibraryModuleSummary }) {
  return (
    <Paper withBorder p="md" radius="md" component="article" h="100%">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/praktijk/bibliotheek/${module.id}`} inherit>
            {module.title}
          </Anchor>
        </Title>
        <ModuleBadges module={module} />
        <Text size="sm" lineClamp={4}>
          {module.summary}
        </Text>
      </Stack>
    </Paper>
  );
}
