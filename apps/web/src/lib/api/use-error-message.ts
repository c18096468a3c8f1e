import type { ErrorCode } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api-client';

/** The person-facing sentence for any error thrown by `apiCall()` (or anything else). */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const code: ErrorCode | 'NETWORK' =
      error instanceof ApiRequestError ? error.code : 'INTERNAL_ERROR';
    if (error instanceof ApiRequestError && code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds)
      return t('errors.TOO_MANY_REQUESTS_UNTIL', {
        time: retryTime(
          error.retryAfterSeconds,
          i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL',
        ),
      });
    const sentence = t(`errors.${code}`);
    return error instanceof ApiRequestError && error.errorId
      ? `${sentence} ${t('errors.errorId', { id: error.errorId })}`
      : sentence;
  };
}

/** "om 14:32" reads better than "over 900 seconden"; a wait under a minute rounds up to it. */
function retryTime(seconds: number, locale: string): string {
  const at = new Date(Date.now() + Math.max(seconds, 60) * 1000);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}
