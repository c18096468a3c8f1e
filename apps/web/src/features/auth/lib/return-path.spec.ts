import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('returns paths inside the app', () => {
    expect(safeReturnPath('/praktijk/clienten/1')).toBe('/praktijk/clienten/1');
  });

  it.each([
    null,
    '',
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '/inloggen/code',
  ])('refuses %p', (value) => expect(safeReturnPath(value)).toBeNull());
});
