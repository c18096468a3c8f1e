import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { checkAccessibilityOf } from './axe';

/** Screenshots land here (gitignored) so a person can look at what the journeys saw. */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', '..', 'tmp', 'screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the journeys through `npm run test:e2e`');
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  locale = 'nl-NL',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale, baseURL: baseUrl() });
  // axe checks every page of every journey; see ./axe.ts.
  checkAccessibilityOf(context);
  const page = await context.newPage();
  return { context, page };
}

/** Whether the element is on the screen as it is scrolled now (not just somewhere on the page). */
export async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  return Boolean(
    box && viewport && box.y >= 0 && box.y + box.height <= viewport.height && box.height > 0,
  );
}

/** The whole page by default; `{ fullPage: false }` for what is on screen at this scroll position. */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
