import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

const webDist = join(__dirname, '..', '..', 'web', 'dist');

describe('the installable app: service worker and manifest, served to be asked for again', () => {
  let api: TestApp;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'sw.js')))
      throw new Error(`${webDist}/sw.js is missing: run "npm run build" first (npm test does)`);
    api = await startTestApp({ env: { WEB_DIST: webDist } });
  });
  afterAll(() => api?.close());

  it('sends sw.js as JavaScript that is never cached without asking (not immutable)', async () => {
    const response = await api.inject({ method: 'GET', url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('SKIP_WAITING');
  });

  it('sends the manifest: Dutch, standalone, with the icons it names', async () => {
    const response = await api.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/manifest\+json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    const manifest = JSON.parse(response.body) as {
      name: string;
      lang: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Oefenruimte', lang: 'nl', display: 'standalone' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const png = await api.inject({ method: 'GET', url: icon.src });
      expect(png.statusCode).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
    }
  });

  it('has nginx in the production shape send both without immutable caching', () => {
    const nginx = readFileSync(join(__dirname, '..', '..', 'web', 'nginx.conf'), 'utf8');
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const block = new RegExp(`location = ${path.replace('.', '\\.')} \\{([^}]*)\\}`).exec(nginx);
      expect(block?.[1]).toMatch(/Cache-Control "no-cache"/);
      expect(block?.[1]).not.toMatch(/immutable/);
    }
  });
});
