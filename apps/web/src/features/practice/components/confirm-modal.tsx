import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  readonly opened: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly loading?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks once before something that cannot be undone. Focus starts on "cancel", the safe choice. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation('practice');
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered>
      <Stack gap="lg">
        <Text>{props.body}</Text>
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="orange.8" onClick={props.onConfirm} loading={props.loading}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
