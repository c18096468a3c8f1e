import { ERROR_CODES, type ErrorCode } from '@oefenruimte/shared';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../app/providers';
import { createQueryClient } from '../../app/query-client';
import { createI18n } from '../../components/i18n/create-i18n';
import { ApiRequestError } from './api-client';
import { useErrorMessage } from './use-error-message';

const DISTINCT_CONFLICTS: readonly ErrorCode[] = [
  'ASSIGNMENT_PAUSED',
  'ASSIGNMENT_WITHDRAWN',
  'ALREADY_SUBMITTED',
  'NOT_SUBMITTED_YET',
  'MODULE_READ_ONLY',
];

function messages(locale: 'nl' | 'en') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders i18n={createI18n(locale)} queryClient={createQueryClient()} env="test">
      {children}
    </AppProviders>
  );
  const { result } = renderHook(() => useErrorMessage(), { wrapper });
  return (code: ErrorCode) =>
    result.current(new ApiRequestError(409, { statusCode: 409, code, message: 'x' }));
}

describe('error sentences', () => {
  it.each(['nl', 'en'] as const)('gives every error code its own %s sentence', (locale) => {
    const message = messages(locale);
    for (const code of ERROR_CODES) expect(message(code)).not.toContain('errors.');
    const sentences = DISTINCT_CONFLICTS.map(message);
    expect(new Set([...sentences, message('CONFLICT')]).size).toBe(DISTINCT_CONFLICTS.length + 1);
  });

  it('tells a client a paused exercise is paused, not that it changed elsewhere', () => {
    expect(messages('nl')('ASSIGNMENT_PAUSED')).toMatch(/op pauze gezet/);
  });
});
