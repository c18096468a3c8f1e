/**
 * The `?terug=` target after logging in, only when it is a path inside this app: never
 * another site ("//evil.example", "https://…"), never back to the login pages themselves.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return null;
  if (value.startsWith('/inloggen')) return null;
  return value;
}
