import { humanCode, normalizeHumanCode, randomToken, sha256 } from './crypto';

describe('crypto helpers', () => {
  it('makes tokens of 256 bits that differ every time', () => {
    const a = randomToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(randomToken()).not.toBe(a);
  });

  it('hashes to 32 bytes, the same for the same input', () => {
    expect(sha256('x')).toHaveLength(32);
    expect(sha256('x').equals(sha256('x'))).toBe(true);
  });

  it('makes readable codes without ambiguous letters', () => {
    const code = humanCode(3);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('reads a typed code leniently', () => {
    expect(normalizeHumanCode(' ab0o-il1x ')).toBe('AB00111X');
    expect(normalizeHumanCode(humanCode(3).toLowerCase())).toHaveLength(12);
  });
});
