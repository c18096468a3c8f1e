import type { Browser, Page } from 'playwright-core';
import {
  apiGet,
  inViewport,
  openModuleItems,
  sidewaysOverflow,
  startJourney,
  type Journey,
} from './checkins-support';
import { baseUrl, launchBrowser, newPage, screenshot } from './support/browser';

const SMALL_PHONE = { width: 360, height: 740 };
const CLIENT = {
  name: 'Noor Hulpvaardig',
  email: 'noor.hulp@example.test',
  password: 'altijd-een-tik-van-hulp',
};

/** 113 on the screen now, or after one tap on "Hulp" (bottom menu on a phone). */
async function helpWithinOneTap(page: Page): Promise<'visible' | 'one-tap' | 'no'> {
  const call113 = page.getByRole('link', { name: 'Bel 113', exact: true }).first();
  if (await inViewport(page, call113)) return 'visible';
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const help = menu.getByRole('link', { name: 'Hulp', exact: true });
  if (!(await inViewport(page, help))) return 'no';
  await help.click();
  await page.waitForFunction(() => document.activeElement?.id === 'hulp');
  return (await inViewport(page, call113)) ? 'one-tap' : 'no';
}

function scrollTo(page: Page, fraction: number) {
  return page.evaluate((f) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(max * f));
  }, fraction);
}

describe('help one tap away, a phone-sized check-in', () => {
  let browser: Browser;
  let journey: Journey;
  beforeAll(async () => {
    browser = await launchBrowser();
    journey = await startJourney(browser, CLIENT);
    await journey.client.setViewportSize(SMALL_PHONE);
  });
  afterAll(async () => {
    await journey.close();
    await browser.close();
  });

  it('has 113 visible or one tap away on every client route, at the top, middle and bottom', async () => {
    const page = journey.client;
    const [assignment] = await apiGet<{ id: string }[]>(page, '/me/assignments');
    const routes = [
      '/mijn',
      '/mijn/check-in',
      '/mijn/voortgang',
      '/mijn/gegevens',
      '/mijn/afspraken',
      '/mijn/toegang',
      '/mijn/account',
      '/mijn/herinneringen',
      '/mijn/signaleringsplan',
      `/mijn/oefeningen/${assignment!.id}`,
    ];
    const found: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('[data-testid="practice-contact"]').waitFor();
      for (const at of [0, 0.5, 1]) {
        await scrollTo(page, at);
        found.push(`${route}@${at}: ${await helpWithinOneTap(page)}`);
      }
    }
    expect(found.filter((line) => line.endsWith(': no'))).toEqual([]);
    // The practice's own text is in the same panel, and its phone button is not cut off.
    const phone = page.getByRole('link', { name: /^Bel de praktijk: / });
    expect(await phone.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(journey.errors).toEqual([]);
  });

  it("reaches every account page from the phone's top bar, nothing cut off", async () => {
    const page = journey.client;
    await page.goto('/mijn');
    const bar = page.getByRole('navigation', { name: 'Meer' });
    const toggle = bar.getByRole('button', { name: 'Meer' });
    await toggle.waitFor();
    const logout = page.getByRole('button', { name: 'Uitloggen' }).first();
    for (const [link, heading] of [
      ['Jouw gegevens', 'Jouw gegevens'],
      ['Herinneringen', 'Herinneringen'],
      ['Wie keek mee', 'Wie heeft mijn gegevens bekeken'],
      ['Account', 'Account'],
    ] as const) {
      // The button and logging out fit side by side on 360 px, wholly on screen.
      for (const control of [toggle, logout]) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(SMALL_PHONE.width);
      }
      await toggle.click();
      await bar.getByRole('link', { name: link, exact: true }).waitFor();
      await bar.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    }
    await screenshot(page, 'phone-top-bar');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('keeps the save in reach, folds the module items, and stays still while it loads (CLS)', async () => {
    const page = journey.client;
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/mijn/check-in');
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await page.locator('[data-testid="practice-contact"]').waitFor();
    await page.getByRole('button', { name: 'Bewaren' }).waitFor();
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.1);

    // Core items first; the module's questions are folded until asked for.
    const fold = page.getByRole('button', { name: /^Bij je oefeningen/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(
      await page
        .getByRole('slider', { name: 'Hoe sterk was de drang om contact te zoeken?' })
        .count(),
    ).toBe(0);

    // The save is on screen from the first question to the last one of the form.
    const save = page.getByRole('button', { name: 'Bewaren' });
    const lastQuestion = page.getByRole('checkbox', { name: /Wil ik bespreken/ });
    await scrollTo(page, 0);
    expect(await inViewport(page, save)).toBe(true);
    await screenshot(page, 'checkin-360-top', { fullPage: false });
    await scrollTo(page, 0.4);
    expect(await inViewport(page, save)).toBe(true);
    await screenshot(page, 'checkin-360-middle', { fullPage: false });
    await lastQuestion.scrollIntoViewIfNeeded();
    expect(await inViewport(page, save)).toBe(true);
    expect(await inViewport(page, lastQuestion)).toBe(true);
    await screenshot(page, 'checkin-360-end-of-form', { fullPage: false });
    // Below the form the help panel has the screen; 113 is right there.
    await scrollTo(page, 1);
    expect(await helpWithinOneTap(page)).toBe('visible');
    await screenshot(page, 'checkin-360-bottom', { fullPage: false });
    await openModuleItems(page);
    await scrollTo(page, 0.5);
    await screenshot(page, `checkin-360-module-items`, { fullPage: false });
    expect(await inViewport(page, save)).toBe(true);
    // The save bar never covers the bottom menu's "Hulp".
    await scrollTo(page, 0.5);
    expect(await helpWithinOneTap(page)).not.toBe('no');
    expect(journey.errors).toEqual([]);
  });

  it("leads the logo to the person's home in the app, and back in from the landing page", async () => {
    const page = journey.client;
    await page.goto('/mijn/voortgang');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Oefenruimte, naar de startpagina' }).click();
    await page.waitForURL(/\/mijn$/);
    await page.goto('/');
    await page.getByRole('link', { name: 'Naar mijn Oefenruimte' }).click();
    await page.waitForURL(/\/mijn$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('keeps the practice number whole and Dutch texts marked Dutch when the interface is English', async () => {
    const page = journey.client;
    await page.goto('/mijn');
    await page.evaluate(() => localStorage.setItem('oefenruimte.locale', 'en'));
    await page.reload();
    const contact = page.locator('[data-testid="practice-contact"]');
    await contact.waitFor();
    const phone = page.getByRole('link', { name: /^Call the practice: / });
    expect(await phone.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Every phone number is on one line (one box), in the button and in the practice's text.
    const numbers = await contact.evaluate((el) =>
      [...el.querySelectorAll('span')]
        .filter((span) => /\d{3} \d{3}/.test(span.textContent ?? ''))
        .map((span) => ({ text: span.textContent, lines: span.getClientRects().length })),
    );
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    for (const number of numbers) expect(number).toMatchObject({ lines: 1 });
    expect(await contact.getByText(/Op werkdagen/).getAttribute('lang')).toBe('nl');
    await page.getByRole('link', { name: 'Help', exact: true }).last().click();
    await screenshot(page, 'help-panel-360-en', { fullPage: false });
    await page.evaluate(() => localStorage.removeItem('oefenruimte.locale'));
  });
});

describe('help before the script has loaded', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows 113, 0800-0113, 113.nl and 112 as plain HTML with JavaScript off', async () => {
    const context = await browser.newContext({
      viewport: SMALL_PHONE,
      javaScriptEnabled: false,
      baseURL: baseUrl(),
    });
    const page = await context.newPage();
    for (const route of ['/', '/mijn/check-in', '/inloggen']) {
      await page.goto(route);
      const hrefs = await Promise.all(
        ['Bel 113', 'Bel gratis 0800-0113', /^Chat via 113\.nl/, 'Bel 112'].map(async (name) => {
          const link = page.getByRole('link', { name, exact: typeof name === 'string' });
          expect(await inViewport(page, link)).toBe(true);
          return link.getAttribute('href');
        }),
      );
      expect(hrefs).toEqual(['tel:113', 'tel:08000113', 'https://www.113.nl', 'tel:112']);
    }
    await screenshot(page, 'no-javascript-360');
    await context.close();
  });

  it('shows the help numbers while the script is still on its way (a slow connection)', async () => {
    const { context, page } = await newPage(browser, SMALL_PHONE);
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/mijn/check-in', { waitUntil: 'commit' });
    const call113 = page.getByRole('link', { name: 'Bel 113', exact: true });
    await call113.waitFor();
    expect(await inViewport(page, call113)).toBe(true);
    expect(await page.getByRole('link', { name: 'Bel 112', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'before-script-360', { fullPage: false });
    release?.();
    // Once the app is there, its own help replaces the static one (a login page: not logged in).
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('#static-help').isVisible()).toBe(false);
    await context.close();
  });

  it('hides the static help once the app has drawn, and the landing page has "Inloggen"', async () => {
    const { context, page } = await newPage(browser, SMALL_PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('#static-help').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Bel 113', exact: true }).count()).toBe(1);
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/inloggen$/);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await context.close();
  });
});
