import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { apiGet, type Journey, setScale, startJourney } from './checkins-support';

const AMIRA = {
  name: 'Amira Offline',
  email: `amira.pwa.${Date.now()}@example.nl`,
  password: 'een-zachte-avond-in-de-trein-42',
};
const NOTE = 'NOTITIE-OFFLINE geschreven zonder bereik';
const DANGER_NOTE = 'NOTITIE-OFFLINE het gaat nu even niet';
const webDist = process.env.E2E_WEB_DIST ?? resolve(__dirname, '..', 'dist');

let browser: Browser;
let journey: Journey;
let amira: Page;

jest.setTimeout(90_000);

beforeAll(async () => {
  browser = await launchBrowser();
  journey = await startJourney(browser, AMIRA);
  amira = journey.client;
});

afterAll(async () => {
  await journey?.close();
  await browser?.close();
});

/** Until the page is served by the service worker (registered lazily after the first paint). */
async function waitControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

const outboxKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('oefenruimte.outbox.')),
  );

describe('the phone app without a connection', () => {
  it('opens offline with help, keeps a check-in as "nog niet verstuurd" and stores it once', async () => {
    await amira.goto('/mijn/check-in');
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await waitControlled(amira);
    // Once through the worker online, so the little it keeps for offline use is there.
    await amira.reload();
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();

    await amira.context().setOffline(true);
    await amira.reload();
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await amira.getByText('Je bent offline', { exact: false }).waitFor();
    const help = amira.locator('#hulp');
    await help.getByRole('link', { name: /113/ }).first().waitFor();
    expect(await help.locator('a[href="tel:113"]').count()).toBe(1);
    expect(await help.locator('a[href="tel:08000113"]').count()).toBe(1);
    expect(await help.locator('a[href="tel:112"]').count()).toBe(1);

    await setScale(amira, 'Hoeveel spanning voel je?', 4);
    await amira.getByRole('textbox', { name: /Wil je nog iets kwijt/ }).fill(NOTE);
    await amira.getByRole('button', { name: 'Bewaren' }).click();
    await amira.getByRole('heading', { name: 'Bewaard op dit apparaat' }).waitFor();
    await amira.getByText('1 check-in nog niet verstuurd').waitFor();
    expect(await outboxKeys(amira)).toHaveLength(1);
    await screenshot(amira, 'pwa-offline-checkin-phone');

    await amira.context().setOffline(false);
    await amira.getByText('Je check-in is verstuurd.').waitFor();
    expect(await outboxKeys(amira)).toEqual([]);
    const mine = await apiGet<{ note: string | null }[]>(amira, '/me/checkins');
    expect(mine.filter((c) => c.note === NOTE)).toHaveLength(1);

    // Opening the app again sends nothing twice.
    await amira.reload();
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    const again = await apiGet<{ note: string | null }[]>(amira, '/me/checkins');
    expect(again.filter((c) => c.note === NOTE)).toHaveLength(1);
  });

  it('after an offline check-in with a danger signal shows the full help and says it is kept and will be sent', async () => {
    await amira.goto('/mijn/check-in');
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await waitControlled(amira);
    await amira.context().setOffline(true);
    await amira.reload();
    await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();

    await setScale(amira, 'Hoeveel spanning voel je?', 9);
    await amira
      .getByRole('radiogroup', { name: /Ben je nu in gevaar/ })
      .getByRole('radio', { name: 'Ja' })
      .click();
    await amira.getByRole('textbox', { name: /Wil je nog iets kwijt/ }).fill(DANGER_NOTE);
    await amira.getByRole('button', { name: 'Bewaren' }).click();

    const help = amira.getByRole('dialog', { name: 'Je hoeft dit niet alleen te dragen' });
    await help.waitFor();
    const hrefs = await help
      .getByRole('link')
      .evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    for (const href of ['tel:113', 'tel:08000113', 'tel:112']) expect(hrefs).toContain(href);
    // The practice's own crisis text, kept with the client layout for offline use.
    await help.getByText(/Op werkdagen tussen 9 en 17 uur/).waitFor();
    const unsent = help.getByTestId('help-unsent');
    await unsent.getByText(/nog niet verstuurd/).waitFor();
    await unsent.getByText(/bewaard op dit apparaat en wordt vanzelf verstuurd/).waitFor();
    expect(await help.getByText(/niet bewaard|in het formulier/).count()).toBe(0);
    expect(await outboxKeys(amira)).toHaveLength(1);
    await unsent.scrollIntoViewIfNeeded();
    await screenshot(amira, 'pwa-offline-danger-help-phone', { fullPage: false });

    // Closing the help leads to the kept check-in, not to an empty form.
    await help.getByRole('button', { name: 'Terug naar Oefenruimte' }).click();
    await amira.getByRole('heading', { name: 'Bewaard op dit apparaat' }).waitFor();
    await amira.getByText('1 check-in nog niet verstuurd').waitFor();

    await amira.context().setOffline(false);
    await amira.getByText('Je check-in is verstuurd.').waitFor();
    expect(await outboxKeys(amira)).toEqual([]);
    const mine = await apiGet<{ note: string | null; danger: boolean }[]>(amira, '/me/checkins');
    expect(mine.filter((c) => c.note === DANGER_NOTE).map((c) => c.danger)).toEqual([true]);
  });

  it('offers a new version, not while typing, and reloads only when asked', async () => {
    const sw = join(webDist, 'sw.js');
    const original = readFileSync(sw);
    try {
      await amira.goto('/mijn/check-in');
      await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
      await waitControlled(amira);
      await amira
        .getByRole('textbox', { name: /Wil je nog iets kwijt/ })
        .fill('nog bezig met schrijven');

      // A new version is deployed.
      appendFileSync(sw, `\n// e2e: a new version ${Date.now()}\n`);
      await amira.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      await amira.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.waiting);
      });
      // Typing: no prompt, and nothing reloads under the client.
      expect(await amira.getByTestId('update-prompt').count()).toBe(0);
      await amira.evaluate(() => Object.assign(window, { __beforeReload: true }));

      await amira.getByRole('button', { name: 'Bewaren' }).click();
      await amira.getByRole('heading', { name: 'Dank je wel' }).waitFor();
      const prompt = amira.getByTestId('update-prompt');
      await prompt.getByText('Nieuwe versie beschikbaar').waitFor();
      await screenshot(amira, 'pwa-update-prompt-phone', { fullPage: false });
      expect(await amira.evaluate(() => '__beforeReload' in window)).toBe(true);

      await Promise.all([
        amira.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Vernieuwen' }).click(),
      ]);
      await amira.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
      expect(await amira.evaluate(() => '__beforeReload' in window)).toBe(false);
    } finally {
      writeFileSync(sw, original);
    }
  });
});
