import type { BrowserContext, Page } from 'playwright-core';

export { THERAPIST, logIn, apiGet, apiPost } from './support/api';
export { inViewport } from './support/browser';
export const SANNE = { email: 'sanne@demo.oefenruimte.nl', password: 'stap-voor-stap-verder' };
export const YOUSSEF = { email: 'youssef@demo.oefenruimte.nl', password: 'rustig-ademhalen-2026' };
import { apiGet } from './support/api';

export async function clientIdByName(page: Page, name: string): Promise<string> {
  const clients = await apiGet<{ items: { id: string; name: string }[] }>(page, '/clients');
  const client = clients.items.find((c) => c.name === name);
  if (!client) throw new Error(`no client ${name}`);
  return client.id;
}

/** Every console error counts: CSP violations and React warnings show up there first. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Waits until the autosave says everything is on the server. */
export async function waitSaved(page: Page) {
  await page.locator('[data-save-status="saved"]').waitFor();
}

/** The player's "Stap n van m", as numbers. */
export async function stepProgress(page: Page): Promise<[number, number]> {
  const text = await page.getByText(/^Stap \d+ van \d+$/).textContent();
  const [, n, m] = /Stap (\d+) van (\d+)/.exec(text ?? '') ?? [];
  return [Number(n), Number(m)];
}

export async function closeAll(...contexts: BrowserContext[]) {
  await Promise.all(contexts.map((context) => context.close()));
}
