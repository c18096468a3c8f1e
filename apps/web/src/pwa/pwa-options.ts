import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app: manifest and service worker (src/sw.ts, built by vite-plugin-pwa with
 * Workbox's precache list injected). The app registers it itself, lazily after the first paint
 * (src/pwa/register.ts), and a new version waits until the person chooses to reload.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  injectRegister: false,
  registerType: 'prompt',
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
  injectManifest: {
    // The shell and every page's code (lazy routes, the English texts), so all of it opens offline.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['**/*.br', '**/*.gz', '.vite/**'],
  },
  manifest: {
    id: '/',
    name: 'Oefenruimte',
    short_name: 'Oefenruimte',
    description: 'Oefeningen en een korte check-in tussen je therapiesessies door.',
    lang: 'nl',
    dir: 'ltr',
    start_url: '/mijn',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    // The theme's primary (sage 7) and its page background (warm 0), as in index.html.
    theme_color: '#3a7665',
    background_color: '#f8f7f3',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
};
