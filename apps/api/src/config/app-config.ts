import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

/** The validated configuration the whole API runs on. Built once at start, never read from env again. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** Unset means: run an embedded PostgreSQL with its data in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Folder with the built web app; served on the same origin as the API when it exists. */
  readonly webDist: string;
  /** Origins other than our own that may call the API with credentials. */
  readonly corsOrigins: readonly string[];
  /**
   * Which proxies in front of the API may say who the client is (X-Forwarded-For/-Proto):
   * none (`false`), the nearest N hops, or the listed addresses/CIDRs. Never "everyone".
   */
  readonly trustProxy: TrustProxy;
  /** Host names the server answers for (the Host header); anything else is refused with 421. */
  readonly allowedHosts: readonly string[];
  /**
   * `demo`: the demo practice with published passwords, a relaxed second factor for the demo
   * therapist, and a mailbox page that shows mail to the demo accounts only. `practice`: a
   * real practice; demo accounts are switched off and no mail is ever shown over HTTP.
   */
  readonly mode: AppMode;
  /** Only in demo mode: add the demo practice and accounts. */
  readonly demoSeed: boolean;
  /** 32 bytes for AES-256-GCM (second-factor secrets); unset: a key file in `dataDir`. */
  readonly encryptionKey: Buffer | undefined;
  /** Serve the OpenAPI page and JSON at /api/docs; off in production unless switched on. */
  readonly apiDocs: boolean;
  /** Where people reach the app; used for links in e-mails. */
  readonly publicUrl: string;
  /** Cookies only over https (and with the __Host- prefix). On by default in production. */
  readonly secureCookies: boolean;
  /** Without it, mail goes to the outbox table only (the local demo shows it). */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Requests per minute per IP on the login, sign-up, reset and invitation routes. */
  readonly authRateLimitPerMinute: number;
  /**
   * Background jobs (reminders): `inline` runs the worker in the API process (`npm start`),
   * `worker` runs only the worker (no HTTP; docker-compose's own service), `off` none (an API
   * replica next to a worker service; the integration tests drive the scheduler themselves).
   */
  readonly jobs: JobsMode;
  /** Who push services may contact about our pushes (VAPID): a mailto: or https: address. */
  readonly vapidSubject: string;
  readonly version: string;
}

export type JobsMode = 'inline' | 'worker' | 'off';

export type TrustProxy = false | number | readonly string[];
export type AppMode = 'demo' | 'practice';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Thrown for a missing or malformed variable; its message is the one line the operator sees. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const MODES = ['demo', 'practice'] as const;
const JOBS_MODES = ['inline', 'worker', 'off'] as const;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
}

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    throw new ConfigError(`${name} must be a whole number from 1 to 65535 (got "${raw}")`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new ConfigError(`${name} must be a whole number of 1 or more (got "${raw}")`);
  }
  return Number(raw);
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.origin;
  } catch {
    throw new ConfigError(
      `${name} must be an http(s) address like https://oefenruimte.example.nl (got "${raw}")`,
    );
  }
}

function smtp(env: Env): string | undefined {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('not smtp');
  } catch {
    throw new ConfigError('SMTP_URL must look like smtps://user:password@mail.example.nl:465');
  }
  return raw;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL must be a URL like postgres://user:password@host:5432/database',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (got "${url.protocol}//")`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL has no host name');
  return raw;
}

/** Default: the public address when it is https, else the sender's mail address. */
function vapidSubject(env: Env, publicUrl: string, mailFrom: string): string {
  const raw = env.VAPID_SUBJECT;
  if (raw === undefined || raw === '') {
    if (publicUrl.startsWith('https://')) return publicUrl;
    return `mailto:${/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom}`;
  }
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(raw) || /^https:\/\/[^\s]+$/.test(raw)) return raw;
  throw new ConfigError(
    `VAPID_SUBJECT must be mailto:beheer@example.nl or an https:// address (got "${raw}")`,
  );
}

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY next to addresses and CIDRs. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): TrustProxy {
  const raw = env.TRUST_PROXY?.trim();
  if (raw === undefined || raw === '' || ['false', '0', 'no'].includes(raw)) return false;
  if (['true', 'yes'].includes(raw)) {
    throw new ConfigError(
      'TRUST_PROXY=true would believe any X-Forwarded-For a client sends; set the number of proxies in front of the API (1 behind one nginx) or their addresses, e.g. TRUST_PROXY=10.0.0.2 or 172.16.0.0/12',
    );
  }
  if (/^\d+$/.test(raw)) {
    if (Number(raw) > 10) throw new ConfigError(`TRUST_PROXY must be 1 to 10 hops (got "${raw}")`);
    return Number(raw);
  }
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    const [address = '', prefix, ...rest] = value.split('/');
    const family = isIP(address);
    const prefixOk =
      prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (NAMED_RANGES.includes(value) || (family !== 0 && prefixOk && rest.length === 0)) {
      return value;
    }
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses or CIDRs (got "${value}")`,
    );
  });
}

/** Loopback names cannot be rebound by a foreign web page, so they always work (health checks). */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function allowedHosts(env: Env, publicUrl: string): string[] {
  const listed = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const host of listed) {
    if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(host)) {
      throw new ConfigError(
        `ALLOWED_HOSTS must be a comma-separated list of host names without scheme or port, like oefenruimte.example.nl (got "${host}")`,
      );
    }
  }
  return [...new Set([new URL(publicUrl).hostname, ...listed, ...LOOPBACK_HOSTS])];
}

function origins(env: Env): string[] {
  const raw = env.CORS_ORIGINS;
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    try {
      const url = new URL(origin);
      if (url.origin !== origin) throw new Error('not an origin');
    } catch {
      throw new ConfigError(
        `CORS_ORIGINS must be a comma-separated list of origins like https://app.example.nl (got "${origin}")`,
      );
    }
    return origin;
  });
}

/**
 * MODE, or the older DEMO_SEED. Default: the demo on the two-command start (built-in database,
 * not production), because that is what someone trying Oefenruimte runs; everything else is a
 * practice. A real practice on the built-in database sets MODE=practice.
 */
function mode(env: Env, url: string | undefined, nodeEnv: AppConfig['nodeEnv']): AppMode {
  if (env.MODE) return oneOf(env, 'MODE', MODES, 'practice');
  if (env.DEMO_SEED) return bool(env, 'DEMO_SEED', false) ? 'demo' : 'practice';
  return url === undefined && nodeEnv !== 'production' ? 'demo' : 'practice';
}

function encryptionKey(env: Env): Buffer | undefined {
  const raw = env.ENCRYPTION_KEY;
  if (raw === undefined || raw === '') return undefined;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(raw) && key.toString('base64') !== raw)) {
    throw new ConfigError(
      'ENCRYPTION_KEY must be 32 random bytes as 64 hex characters (openssl rand -hex 32) or base64',
    );
  }
  return key;
}

/**
 * Reads and checks every variable up front, so a typo stops the start with one clear line
 * instead of failing later in the middle of a request.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const dataDir = env.DATA_DIR ? resolve(cwd, env.DATA_DIR) : resolve(cwd, '.data');
  const webDist = env.WEB_DIST ?? resolve(__dirname, '..', '..', '..', 'web', 'dist');
  const url = databaseUrl(env);
  const listenPort = port(env, 'PORT', 3000);
  const host = env.HOST || '127.0.0.1';
  const publicUrl = httpUrl(
    env,
    'PUBLIC_URL',
    `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${listenPort}`,
  );
  const appMode = mode(env, url, nodeEnv);
  const mailFrom = env.MAIL_FROM || 'Oefenruimte <no-reply@oefenruimte.local>';
  return {
    nodeEnv,
    host,
    port: listenPort,
    databaseUrl: url,
    dataDir,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    webDist: isAbsolute(webDist) ? webDist : resolve(cwd, webDist),
    corsOrigins: origins(env),
    trustProxy: trustProxy(env),
    mode: appMode,
    demoSeed: appMode === 'demo',
    encryptionKey: encryptionKey(env),
    apiDocs: bool(env, 'API_DOCS', nodeEnv !== 'production'),
    publicUrl,
    allowedHosts: allowedHosts(env, publicUrl),
    secureCookies: bool(env, 'SECURE_COOKIES', nodeEnv === 'production'),
    smtpUrl: smtp(env),
    mailFrom,
    authRateLimitPerMinute: positiveInt(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 30),
    jobs: oneOf(env, 'JOBS', JOBS_MODES, nodeEnv === 'test' ? 'off' : 'inline'),
    vapidSubject: vapidSubject(env, publicUrl, mailFrom),
    version: env.npm_package_version ?? '0.1.0',
  };
}
