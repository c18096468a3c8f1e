import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useErrorMessage } from '../../../lib/api/use-error-message';
import { useDeleteAccount } from '../api/delete-account';

const REMOVED = [
  'data.deleteRemoved1',
  'data.deleteRemoved2',
  'data.deleteRemoved3',
  'data.deleteRemoved4',
] as const;
const KEPT = ['data.deleteKept1', 'data.deleteKept2'] as const;

/** What goes and what stays, said first; then a deliberate second step with the password. */
export function DeleteAccountSection({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation('privacy');
  const toMessage = useErrorMessage();
  const remove = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const wrong =
    remove.error instanceof ApiRequestError && remove.error.code === 'INVALID_CREDENTIALS';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate({ password }, { onSuccess: onDeleted });
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('data.deleteTitle')}
        </Title>
        <Text>{t('data.deleteIntro')}</Text>
        <Title order={3} size="h4">
          {t('data.deleteRemovedTitle')}
        </Title>
        <List spacing={2}>
          {REMOVED.map((key) => (
            <List.Item key={key}>{t(key)}</List.Item>
          ))}
        </List>
        <Title order={3} size="h4">
          {t('data.deleteKeptTitle')}
        </Title>
        <List spacing={2}>
          {KEPT.map((key) => (
            <List.Item key={key}>{t(key)}</List.Item>
          ))}
        </List>
        <Text fw={600}>{t('data.deleteUndo')}</Text>
        {!confirming ? (
          <Group>
            <Button variant="default" onClick={() => setConfirming(true)}>
              {t('data.deleteStart')}
            </Button>
          </Group>
        ) : (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <PasswordInput
                label={t('data.password')}
                description={t('data.passwordHelp')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={wrong ? t('data.wrongPassword') : undefined}
                data-autofocus
                required
              />
              {remove.isError && !wrong && (
                <Alert color="orange" variant="light" role="alert">
                  {toMessage(remove.error)}
                </Alert>
              )}
              <Group>
                <Button
                  type="submit"
                  color="orange.9"
                  loading={remove.isPending}
                  disabled={!password}
                >
                  {t('data.confirm')}
                </Button>
                <Button variant="subtle" onClick={() => setConfirming(false)}>
                  {t('data.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
