import { Button, Container, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { HELP_LINES } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import {
  KeepNumbersWhole,
  usePracticeContact,
} from '../../../../components/help-panel/help-contact';
import { GroundingExercise } from './grounding-exercise';
import { HelpLineButton } from './help-line-button';

interface DangerHelpViewProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /**
   * The check-in is not sent yet: `queued` waits in this device's outbox and goes by itself
   * when the connection is back; `unsent` stays in the form (kept as a draft) for a retry.
   */
  readonly unsent?: 'queued' | 'unsent' | null;
}

/**
 * Shown at once when a check-in signals danger: calm, full screen, the numbers first, the
 * practice's own crisis text, a grounding exercise, and the plain truth that nobody watches live.
 */
export function DangerHelpView({ opened, onClose, unsent = null }: DangerHelpViewProps) {
  const { t } = useTranslation('checkins');
  // The client layout's practice (GET /practice, fetched once there).
  const practice = usePracticeContact();
  const lines113 = HELP_LINES.filter((line) => line.key !== 'emergency');
  const emergency = HELP_LINES.filter((line) => line.key === 'emergency');
  return (
    <Modal.Root opened={opened} onClose={onClose} fullScreen transitionProps={{ duration: 0 }}>
      <Modal.Content bg="sage.0">
        <Modal.Body p={0}>
          <Container size="sm" py="xl" px="md">
            <Stack gap="lg">
              {/* Focus lands on the title, not on a call button that one stray tap would dial. */}
              <Modal.Title tabIndex={-1} data-autofocus fz="h1" fw={650} lh={1.2}>
                {t('help.title')}
              </Modal.Title>
              <Text size="lg">{t('help.intro')}</Text>
              <Text fw={600}>{t('help.notWatched')}</Text>
              <Stack gap="xs">
                {lines113.map((line) => (
                  <HelpLineButton key={line.key} line={line} />
                ))}
                <Text size="sm">{t('help.line113Help')}</Text>
              </Stack>
              <Stack gap="xs">
                <Text fw={600}>{t('help.line112Help')}</Text>
                {emergency.map((line) => (
                  <HelpLineButton key={line.key} line={line} />
                ))}
              </Stack>
              {practice && (practice.crisisText || practice.phone) && (
                <Paper withBorder p="md" radius="md">
                  <Stack gap="xs">
                    <Title order={2} size="h3">
                      {t('help.practiceTitle')}
                    </Title>
                    <Text fw={600} lang="nl">
                      {practice.name}
                    </Text>
                    {practice.crisisText && (
                      <Text lang="nl">
                        <KeepNumbersWhole text={practice.crisisText} />
                      </Text>
                    )}
                    {practice.phone && (
                      <Button
                        component="a"
                        href={`tel:${practice.phone.replace(/[^\d+]/g, '')}`}
                        variant="default"
                        fullWidth
                        h="auto"
                        mih={44}
                        styles={{ label: { whiteSpace: 'normal' } }}
                      >
                        {t('help.practicePhone', { phone: practice.phone })}
                      </Button>
                    )}
                  </Stack>
                </Paper>
              )}
              <Paper withBorder p="md" radius="md">
                <GroundingExercise />
              </Paper>
              {unsent && (
                <Text role="status" data-testid="help-unsent">
                  {t(unsent === 'queued' ? 'help.queued' : 'help.notSaved')}
                </Text>
              )}
              <Button variant="default" size="md" onClick={onClose}>
                {t('help.close')}
              </Button>
            </Stack>
          </Container>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
