import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for the local two-command start', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('/srv/app/.data');
    expect(config.mode).toBe('demo');
    expect(config.demoSeed).toBe(true);
    expect(config.apiDocs).toBe(true);
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.secureCookies).toBe(false);
  });

  it('trusts no proxy by default, and exactly the hops or addresses given', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2, 172.16.0.0/12,::1' }).trustProxy).toEqual([
      '10.0.0.2',
      '172.16.0.0/12',
      '::1',
    ]);
  });

  it('answers for the public host name and loopback by default, plus ALLOWED_HOSTS', () => {
    expect(loadConfig({}).allowedHosts).toEqual(['127.0.0.1', 'localhost', '[::1]']);
    expect(
      loadConfig({ PUBLIC_URL: 'https://oefenruimte.example.nl', ALLOWED_HOSTS: 'Praktijk.NL' })
        .allowedHosts,
    ).toEqual(['oefenruimte.example.nl', 'praktijk.nl', 'localhost', '127.0.0.1', '[::1]']);
  });

  it('uses secure cookies in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
  });

  it('runs a real practice on the built-in database when MODE=practice, and in production', () => {
    expect(loadConfig({ MODE: 'practice' })).toMatchObject({ mode: 'practice', demoSeed: false });
    expect(loadConfig({ NODE_ENV: 'production' }).mode).toBe('practice');
    expect(loadConfig({ MODE: 'demo', DATABASE_URL: 'postgres://u:p@db/x' }).mode).toBe('demo');
  });

  it('turns the API docs off in production unless API_DOCS=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).apiDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', API_DOCS: 'true' }).apiDocs).toBe(true);
  });

  it('reads ENCRYPTION_KEY as hex or base64 of 32 bytes', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ ENCRYPTION_KEY: hex }).encryptionKey).toEqual(Buffer.from(hex, 'hex'));
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ENCRYPTION_KEY: b64 }).encryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({}).encryptionKey).toBeUndefined();
  });

  it('does not seed demo data into an external database unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/oefenruimte' });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/oefenruimte');
    expect(config.demoSeed).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/x', DEMO_SEED: 'true' }).demoSeed).toBe(
      true,
    );
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL must be a URL/],
    [{ DATABASE_URL: 'mysql://u:p@db/x' }, /^DATABASE_URL must start with postgres:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be one of/],
    [{ TRUST_PROXY: 'maybe' }, /^TRUST_PROXY must be a number of proxy hops or/],
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY=true would believe any X-Forwarded-For/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY must be a number of proxy hops or/],
    [{ ALLOWED_HOSTS: 'https://app.example.nl' }, /^ALLOWED_HOSTS must be a comma-separated/],
    [{ CORS_ORIGINS: 'https://a.nl/path' }, /^CORS_ORIGINS must be/],
    [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL must be an http/],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL must look like/],
    [{ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, /^AUTH_RATE_LIMIT_PER_MINUTE must be a whole number/],
    [{ SECURE_COOKIES: 'sometimes' }, /^SECURE_COOKIES must be true or false/],
    [{ MODE: 'production' }, /^MODE must be one of demo, practice/],
    [{ ENCRYPTION_KEY: 'too-short' }, /^ENCRYPTION_KEY must be 32 random bytes/],
    [{ API_DOCS: 'perhaps' }, /^API_DOCS must be true or false/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a password from a malformed DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres//user:secret@db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
