import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The API serves the built index.html under `script-src 'self'`: Vite emits every script as a
// file, and nothing here may add an inline one (no ColorSchemeScript, no analytics snippets).
export default defineConfig({
  root: here,
  plugins: [react()],
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
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
