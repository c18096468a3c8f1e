import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEncryptionKey, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(Buffer.alloc(32, 1));

  it('seals so that only the same key and context open it', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'user-2')).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 2)).open(sealed, 'user-1')).toThrow();
    expect(box.seal('x', 'c')).not.toBe(box.seal('x', 'c'));
  });

  it('generates a key file (0600) on first use and reads the same key afterwards', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'secret-box-'));
    try {
      const first = loadEncryptionKey({ dataDir, encryptionKey: undefined });
      const second = loadEncryptionKey({ dataDir, encryptionKey: undefined });
      expect(first).toHaveLength(32);
      expect(second).toEqual(first);
      const file = join(dataDir, 'encryption.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
