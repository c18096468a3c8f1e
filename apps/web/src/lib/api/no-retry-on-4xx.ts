import { ApiRequestError } from './api-client';

/** React Query's `retry`: once after a failure, never after a 4xx (asking again changes nothing). */
export const noRetryOn4xx = (count: number, error: unknown) =>
  !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 1;
