import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const service = new PasswordService();

  it('stores argon2id with at least 19 MiB, 2 passes and 1 lane', async () => {
    const stored = await service.hash('een lange zin als wachtwoord');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
    const [, memory, passes] = /m=(\d+),t=(\d+)/.exec(stored) ?? [];
    expect(Number(memory)).toBeGreaterThanOrEqual(19_456);
    expect(Number(passes)).toBeGreaterThanOrEqual(2);
  });

  it('gives equal passwords different hashes, and verifies both', async () => {
    const a = await service.hash('hetzelfde wachtwoord');
    const b = await service.hash('hetzelfde wachtwoord');
    expect(a).not.toBe(b);
    expect(await service.verify(a, 'hetzelfde wachtwoord')).toBe(true);
    expect(await service.verify(b, 'ander wachtwoord!')).toBe(false);
  });

  it('never accepts a password without a stored hash', async () => {
    expect(await service.verify(null, 'not-a-real-password-for-timing')).toBe(false);
  });

  it('refuses common breached passwords in any case', () => {
    expect(PasswordService.isCommon('qwerty123456')).toBe(true);
    expect(PasswordService.isCommon('QWERTY123456')).toBe(true);
    expect(() => service.assertAcceptable('123qweasdzxc')).toThrow(ValidationFailedException);
    expect(() => service.assertAcceptable('wandelen langs de dijk')).not.toThrow();
  });
});
