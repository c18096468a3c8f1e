import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { WINDOW_OF_TOLERANCE, type WindowOfTolerance } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';

interface WindowFieldProps {
  readonly value: WindowOfTolerance | null;
  readonly onChange: (value: WindowOfTolerance | null) => void;
}

/** Overprikkeld / binnen mijn raam / bevroren: three big choices, each with a plain explanation. */
export function WindowField({ value, onChange }: WindowFieldProps) {
  const { t } = useTranslation('checkins');
  return (
    <Radio.Group
      value={value ?? ''}
      onChange={(v) =>
        onChange(
          (WINDOW_OF_TOLERANCE as readonly string[]).includes(v) ? (v as WindowOfTolerance) : null,
        )
      }
      label={t('form.window')}
      description={t('form.windowHelp')}
      styles={{ label: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="xs" mt="xs">
        {WINDOW_OF_TOLERANCE.map((option) => (
          <Radio.Card key={option} value={option} radius="md" p="sm">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={3} />
              <div>
                <Text fw={600}>{t(`windows.${option}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`windowHints.${option}`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
      {value && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => onChange(null)}>
          {t('form.windowClear')}
        </Button>
      )}
    </Radio.Group>
  );
}
