import { Title } from '@mantine/core';

/** The optional title above a question; the question itself labels the input. */
export function StepTitle({ title }: { title: string | undefined }) {
  return title ? (
    <Title order={2} lang="nl">
      {title}
    </Title>
  ) : null;
}
