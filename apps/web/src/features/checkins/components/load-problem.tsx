import { Alert, Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiRequestError } from '../../../lib/api/api-client';
import { useErrorMessage } from '../../../lib/api/use-error-message';

/** A failed load, said without blame; a missing second factor gets its own way forward. */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('checkins');
  const toMessage = useErrorMessage();
  if (error instanceof ApiRequestError && error.code === 'SECOND_FACTOR_REQUIRED')
    return (
      <Alert color="sage" variant="light">
        {t('common.secondFactor')}{' '}
        <Anchor component={Link} to="/praktijk/account">
          {t('common.toAccount')}
        </Anchor>
      </Alert>
    );
  return (
    <Alert color="orange" variant="light" role="alert">
      {toMessage(error)}
      {onRetry && (
        <Button variant="subtle" size="compact-sm" ml="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
