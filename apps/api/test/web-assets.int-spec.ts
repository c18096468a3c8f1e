import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app';

const webDist = join(__dirname, '..', '..', 'web', 'dist');

describe('the built web app, served compressed and cached', () => {
  let api: TestApp;
  let entry: string; // e.g. /assets/index-AbC123.js

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html')))
      throw new Error(`${webDist} is missing: run "npm run build" first (npm test does)`);
    entry = /<script[^>]+src="([^"]+\.js)"/.exec(
      readFileSync(join(webDist, 'index.html'), 'utf8'),
    )![1]!;
    api = await startTestApp({ env: { WEB_DIST: webDist } });
  });
  afterAll(() => api?.close());

  const get = (url: string, acceptEncoding?: string) =>
    api.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it.each([
    ['br', 'br, gzip, deflate', brotliDecompressSync],
    ['gzip', 'gzip, deflate', gunzipSync],
  ])(
    'sends a hashed asset as %s when accepted, cached for good',
    async (encoding, accept, decode) => {
      const original = readFileSync(join(webDist, entry));
      const response = await get(entry, accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.rawPayload.length).toBeLessThan(original.length / 2);
      expect(decode(response.rawPayload).equals(original)).toBe(true);
    },
  );

  it('sends the plain file to a client that accepts no compression', async () => {
    const response = await get(entry);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.rawPayload.equals(readFileSync(join(webDist, entry)))).toBe(true);
  });

  it.each(['/', '/login', '/client/checkin'])(
    'sends index.html for %s compressed and never cached without asking',
    async (url) => {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString()).toContain(entry);
    },
  );

  it('has nginx in the production shape send the precompressed files too', () => {
    const nginx = readFileSync(join(__dirname, '..', '..', 'web', 'nginx.conf'), 'utf8');
    expect(nginx).toMatch(/^\s*gzip_static on;/m);
    expect(nginx).toMatch(/^\s*gzip_vary on;/m);
  });
});
