import type { ErrorCode } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api-client';

/** The person-facing sentence for any error thrown by `api()` (or anything else). */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const code: ErrorCode | 'NETWORK' =
      error instanceof ApiRequestError ? error.code : 'INTERNAL_ERROR';
    const sentence = t(`errors.${code}`);
    return error instanceof ApiRequestError && error.errorId
      ? `${sentence} ${t('errors.errorId', { id: error.errorId })}`
      : sentence;
  };
}
