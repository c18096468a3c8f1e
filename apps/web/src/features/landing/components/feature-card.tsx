import { Card, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './landing.module.css';

interface FeatureCardProps {
  readonly icon: ReactNode;
  readonly title: string;
  readonly body: string;
  /** h3 under a section's h2, h2 when the card is a section of its own. */
  readonly headingOrder?: 2 | 3;
}

export function FeatureCard({ icon, title, body, headingOrder = 3 }: FeatureCardProps) {
  return (
    <Card padding="lg" radius="lg" className={classes.card}>
      <ThemeIcon size={48} radius="xl" variant="light" className={classes.icon}>
        {icon}
      </ThemeIcon>
      <Title order={headingOrder} size="h3" className={classes.cardTitle}>
        {title}
      </Title>
      <Text>{body}</Text>
    </Card>
  );
}
