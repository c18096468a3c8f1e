import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthCardProps {
  readonly title: string;
  readonly intro?: ReactNode;
  readonly children: ReactNode;
}

/** The calm, narrow column every public form page uses; as wide as a phone, also on a desktop. */
export function AuthCard({ title, intro, children }: AuthCardProps) {
  return (
    <Stack gap="lg" maw={480} mx="auto">
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {intro && <Text size="lg">{intro}</Text>}
      </Stack>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        {children}
      </Paper>
    </Stack>
  );
}
