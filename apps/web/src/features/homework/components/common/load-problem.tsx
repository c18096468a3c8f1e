import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../../lib/api/use-error-message';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

interface LoadProblemProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  readonly backTo?: string;
  readonly backLabel?: string;
}

/** A page's data could not be loaded: the reason in plain words, a retry, and a way back. */
export function LoadProblem({ error, onRetry, backTo, backLabel }: LoadProblemProps) {
  const { t } = useHomeworkTranslation();
  const message = useErrorMessage();
  return (
    <Stack gap="md">
      <Alert color="stone" variant="light" title={t('common.loadProblem')} role="alert">
        <Text>{message(error)}</Text>
      </Alert>
      {onRetry && (
        <Button variant="light" w="fit-content" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
      {backTo && (
        <Anchor component={Link} to={backTo}>
          {backLabel}
        </Anchor>
      )}
    </Stack>
  );
}
