import type { Page } from 'playwright-core';

/** Demo accounts from the seed (demo mode: the therapist needs no second factor). */
export const THERAPIST = {
  email: 'therapeut@demo.oefenruimte.nl',
  password: 'zachte-grenzen-oefenen',
};

const CSRF = { 'x-oefenruimte-csrf': '1' };

/** Logs in through the API from the page, so the session cookie lands in this browser context. */
export async function logIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/');
  const response = await page.request.post('/api/auth/login', { data: account, headers: CSRF });
  if (!response.ok())
    throw new Error(`login failed: ${response.status()} ${await response.text()}`);
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function apiPost<T>(page: Page, path: string, data: unknown): Promise<T> {
  const response = await page.request.post(`/api${path}`, { data, headers: CSRF });
  if (!response.ok())
    throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
