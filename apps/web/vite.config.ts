import react from '@vitejs/plugin-react';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/pwa/pwa-options';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Text files worth compressing; smaller ones are sent as they are. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 1024;

/**
 * Writes a .br and a .gz next to every compressible file of the build, once, at the highest
 * levels: the API (@fastify/static `preCompressed`) and nginx (`gzip_static`, `brotli_static`)
 * then send them without compressing anything per request.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  let outDir = '';
  return {
    name: 'oefenruimte-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true }))
        .map(String)
        .filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          await writeFile(
            `${path}.br`,
            await brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          );
          await writeFile(`${path}.gz`, await gzipAsync(content, { level: 9 }));
        }),
      );
    },
  };
}

// The API serves the built index.html under `script-src 'self'`: Vite emits every script as a
// file, and nothing here may add an inline one (no ColorSchemeScript, no analytics snippets).
export default defineConfig({
  root: here,
  plugins: [react(), VitePWA(pwaOptions), precompress()],
  resolve: {
    // Use the shared contracts from source, so the web app never waits for (or drifts from) a build.
    alias: {
      '@oefenruimte/shared': fileURLToPath(
        new URL('../../packages/shared/src/index.ts', import.meta.url),
      ),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/bundle-budget.mjs to know which chunks each page needs first.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page needs first, in one file instead of a dozen: one file compresses
          // better than its parts (the check-in's first load: 5 KB less brotli). Mantine stays
          // split per component, so a page loads only the components it draws.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|html-parse-stringify|void-elements|@tanstack|use-sync-external-store|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
