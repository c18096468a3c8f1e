// Draws the app icons (PNG) from the same mark as favicon.svg, with the Chromium the journeys
// use: `node apps/web/scripts/make-icons.mjs`. The PNGs are committed; run again only when the
// mark changes. "maskable" keeps the mark inside the safe zone (the middle 80 %).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const mark = (size, { rounded, scale }) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${rounded ? 8 : 0}" fill="#3a7665"/>
  <g transform="translate(16 16) scale(${scale}) translate(-16 -16)">
    <circle cx="16" cy="16" r="8" fill="none" stroke="#eef6f3" stroke-width="2.5"/>
    <circle cx="16" cy="16" r="2.5" fill="#eef6f3"/>
  </g>
</svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.8 },
  { file: 'apple-touch-icon-180.png', size: 180, rounded: false, scale: 0.9 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
for (const { file, size, rounded, scale } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${mark(size, { rounded, scale })}</body></html>`,
  );
  await page.locator('svg').screenshot({ path: `${out}${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
