import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DialogHelp } from '../../../components/help-panel/help-panel';
import { formatCountdown } from '../lib/session-timing';
import { useAuthTranslation } from '../i18n/use-auth-translation';

/** The question itself: stay logged in, or log out now. Shown by SessionTimeoutWarning. */
export function SessionTimeoutDialog({
  absolute,
  secondsLeft,
  staying,
  onStay,
  onLogOut,
}: {
  absolute: boolean;
  secondsLeft: number;
  staying: boolean;
  onStay: () => void;
  onLogOut: () => void;
}) {
  const { t } = useAuthTranslation();
  return (
    <Modal
      opened
      onClose={onStay}
      title={t(absolute ? 'sessionTimeout.absoluteTitle' : 'sessionTimeout.title')}
      centered
    >
      <DialogHelp>
        <Stack gap="md">
          <Text>{t(absolute ? 'sessionTimeout.absoluteBody' : 'sessionTimeout.body')}</Text>
          <Text role="timer" fw={600} fz="xl">
            {t('sessionTimeout.countdown', { time: formatCountdown(secondsLeft) })}
          </Text>
          <Group gap="sm">
            <Button data-autofocus onClick={onStay} loading={staying}>
              {t(absolute ? 'sessionTimeout.ok' : 'sessionTimeout.stay')}
            </Button>
            <Button variant="default" onClick={onLogOut}>
              {t('sessionTimeout.logOutNow')}
            </Button>
          </Group>
        </Stack>
      </DialogHelp>
    </Modal>
  );
}
