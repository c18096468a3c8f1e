import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import type { ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { answeredSteps, stepHeading } from '../../utils/answers';
import { isPrivateByDefault, shareAll } from '../../utils/share-defaults';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface ShareTogglesProps {
  readonly content: ModuleContent;
  readonly answers: ModuleAnswers;
  readonly share: readonly string[];
  readonly discuss: readonly string[];
  readonly onChange: (share: string[], discuss: string[]) => void;
}

/** Per answered step: share with the therapist or not, and "wil ik bespreken" for shared ones. */
export function ShareToggles({ content, answers, share, discuss, onChange }: ShareTogglesProps) {
  const { t } = useHomeworkTranslation();
  const steps = answeredSteps(content, answers);
  const toggle = (list: readonly string[], id: string, on: boolean) =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Button
          variant="light"
          size="sm"
          onClick={() => onChange(shareAll(content, answers, share), [...discuss])}
        >
          {t('share.all')}
        </Button>
        <Button variant="default" size="sm" onClick={() => onChange([], [])}>
          {t('share.none')}
        </Button>
      </Group>
      {steps.some(isPrivateByDefault) && (
        <Text size="sm" c="dimmed">
          {t('share.privateListsHint')}
        </Text>
      )}
      {steps.map((step) => {
        const shared = share.includes(step.id);
        return (
          <Paper key={step.id} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{stepHeading(step)}</Text>
                {isPrivateByDefault(step) && (
                  <Badge variant="light" color="stone" tt="none">
                    {t('share.privateByDefaultBadge')}
                  </Badge>
                )}
              </Group>
              <Switch
                label={t('share.toggle')}
                aria-label={t('share.toggleFor', { step: stepHeading(step) })}
                checked={shared}
                onChange={(event) =>
                  onChange(
                    toggle(share, step.id, event.currentTarget.checked),
                    event.currentTarget.checked ? [...discuss] : toggle(discuss, step.id, false),
                  )
                }
              />
              {shared && (
                <Switch
                  label={t('share.discuss')}
                  aria-label={t('share.discussFor', { step: stepHeading(step) })}
                  checked={discuss.includes(step.id)}
                  onChange={(event) =>
                    onChange([...share], toggle(discuss, step.id, event.currentTarget.checked))
                  }
                />
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
