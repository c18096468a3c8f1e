import type { Browser, Page } from 'playwright-core';
import { DESKTOP, newPage, PHONE } from './support/browser';

export { THERAPIST, logIn, apiGet, apiPost } from './support/api';
export { inViewport } from './support/browser';
import { apiGet, apiPost, logIn, THERAPIST } from './support/api';

/**
 * A fresh client for this journey: the therapist invites, the client accepts in her own
 * (phone) context, so nothing here depends on or disturbs the demo clients.
 */
export async function inviteClient(
  therapist: Page,
  client: Page,
  person: { name: string; email: string; password: string },
): Promise<string> {
  const invitation = await apiPost<{ code: string }>(therapist, '/invitations', {
    name: person.name,
  });
  await client.goto('/');
  await apiPost(client, '/invitations/accept', { code: invitation.code, ...person });
  const clients = await apiGet<{ items: { id: string; name: string }[] }>(therapist, '/clients');
  const found = clients.items.find((c) => c.name === person.name);
  if (!found) throw new Error(`no client ${person.name}`);
  return found.id;
}

/** Sets a Mantine slider by keyboard: Home, then one step right per point. */
export async function setScale(page: Page, name: string | RegExp, value: number) {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < value; i += 1) await page.keyboard.press('ArrowRight');
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

/** yyyy-mm-dd, n days before today (the browser and the test run in the same time zone). */
export function daysAgo(n: number): string {
  const date = new Date();
  date.setDate(date.getDate() - n);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CheckinAnswers {
  readonly day?: string;
  readonly tension: number;
  readonly window: RegExp;
  readonly urge: number;
  readonly note: string;
  readonly safety?: 'Ja' | 'Nee';
  readonly share?: boolean;
  readonly discuss?: boolean;
}

/** The module items are folded on the form; opens them (once). */
export async function openModuleItems(page: Page) {
  const fold = page.getByRole('button', { name: /^Bij je oefeningen/ });
  if ((await fold.getAttribute('aria-expanded')) !== 'true') await fold.click();
  await page
    .getByRole('slider', { name: 'Hoe sterk was de drang om contact te zoeken?' })
    .waitFor();
}

/** Fills the check-in form the way a person would: sliders by keyboard, cards and chips by tap. */
export async function fillCheckin(page: Page, answers: CheckinAnswers) {
  if (answers.day) await page.getByLabel('Over welke dag gaat het?').selectOption(answers.day);
  await setScale(page, 'Hoeveel spanning voel je?', answers.tension);
  await page.getByText(`Jouw keuze: ${answers.tension}`).first().waitFor();
  await page.getByRole('radio', { name: answers.window }).click();
  await openModuleItems(page);
  await setScale(page, 'Hoe sterk was de drang om contact te zoeken?', answers.urge);
  await page.getByLabel('Wil je nog iets kwijt?').fill(answers.note);
  if (answers.safety)
    await page
      .getByRole('radiogroup', { name: /Ben je nu in gevaar/ })
      .getByRole('radio', { name: answers.safety })
      .click();
  if (answers.share)
    await page.getByRole('switch', { name: 'Deel deze check-in met je therapeut' }).check();
  if (answers.discuss) await page.getByRole('checkbox', { name: /Wil ik bespreken/ }).check();
}

/** The next POST to this address reaches the server, but its answer never comes back. */
export async function loseNextAnswer(page: Page, url: string) {
  let lost = false;
  await page.route(url, async (route) => {
    if (lost || route.request().method() !== 'POST') return route.continue();
    lost = true;
    await route.fetch();
    await route.abort('connectionfailed');
  });
}

export interface Journey {
  readonly therapist: Page;
  readonly client: Page;
  readonly clientId: string;
  /** Console errors and page errors of both, collected from the start. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * The demo therapist on a desktop, a fresh client on a phone, with Ontwennen assigned (so
 * the check-in shows its urge items). Nothing here touches the demo clients' data.
 */
export async function startJourney(
  browser: Browser,
  person: { name: string; email: string; password: string },
): Promise<Journey> {
  const desk = await newPage(browser, DESKTOP);
  const phone = await newPage(browser, PHONE);
  for (const { context } of [desk, phone]) context.setDefaultTimeout(10_000);
  await logIn(desk.page, THERAPIST);
  const clientId = await inviteClient(desk.page, phone.page, person);
  const modules = await apiGet<{ id: string; slug: string }[]>(desk.page, '/library/modules');
  await apiPost(desk.page, `/clients/${clientId}/assignments`, {
    moduleId: modules.find((m) => m.slug === 'ontwennen')?.id,
    rhythm: 'daily',
  });
  const therapistErrors = collectErrors(desk.page);
  const clientErrors = collectErrors(phone.page);
  return {
    therapist: desk.page,
    client: phone.page,
    clientId,
    get errors() {
      return [...therapistErrors, ...clientErrors];
    },
    close: async () => {
      await Promise.all([desk.context.close(), phone.context.close()]);
    },
  };
}
