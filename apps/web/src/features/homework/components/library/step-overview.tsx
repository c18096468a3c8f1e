import { Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ModuleContent } from '@oefenruimte/shared';
import { stepHeading } from '../../utils/answers';
import classes from './step-overview.module.css';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface StepOverviewProps {
  readonly content: ModuleContent;
  readonly current: number | null;
  readonly onSelect: (index: number) => void;
}

/** All steps of a module at a glance; choosing one shows it in the preview. */
export function StepOverview({ content, current, onSelect }: StepOverviewProps) {
  const { t } = useHomeworkTranslation();
  return (
    <Stack gap="xs" miw={0} style={{ flex: '1 1 280px' }}>
      <Title order={3} size="h4">
        {t('preview.stepsTitle', { count: content.steps.length })}
      </Title>
      <ol className={classes.list}>
        {content.steps.map((step, index) => (
          <li key={step.id}>
            <UnstyledButton
              className={classes.item}
              onClick={() => onSelect(index)}
              aria-current={current === index ? 'step' : undefined}
            >
              <Text size="sm" fw={600} component="span" display="block">
                {index + 1}. {stepHeading(step)}
              </Text>
              <Text size="xs" c="dimmed" component="span" display="block">
                {t(`kind.${step.kind}`)}
                {step.contentNote ? ` · ${t('preview.hasContentNote')}` : ''}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </ol>
    </Stack>
  );
}
