import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, PHONE, screenshot } from './support/browser';

const DUTCH_TITLE = 'Een rustige plek om te oefenen, in je eigen tempo';
const ENGLISH_TITLE = 'A calm place to practise, at your own pace';

/**
 * Every console error counts: CSP violations and React warnings surface there first. The 401 of
 * asking "who is logged in?" (the landing page offers a way back in) is an answer, not an error.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource.*401/.test(message.text()))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The href of each help link, found by its accessible name, plus how many links there are. */
async function helpLinks(page: Page, names: readonly (string | RegExp)[]) {
  const help = page.getByRole('contentinfo').getByRole('region');
  const hrefs = await Promise.all(
    names.map((name) =>
      help.getByRole('link', { name, exact: typeof name === 'string' }).getAttribute('href'),
    ),
  );
  return { hrefs, count: await help.getByRole('link').count() };
}

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('landing page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is in Dutch and shows the help numbers as tappable links', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await page.goto('/');

    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.title()).toBe('Oefenruimte – oefenen tussen de sessies door');
    const names = ['Bel 113', 'Bel gratis 0800-0113', /^Chat via 113\.nl/, 'Bel 112'] as const;
    expect(await helpLinks(page, names)).toEqual({
      hrefs: ['tel:113', 'tel:08000113', 'https://www.113.nl', 'tel:112'],
      count: 4,
    });
    await page
      .getByText('Wat je hier invult, wordt niet dag en nacht gelezen.', { exact: false })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to English, sets <html lang>, and keeps the choice after a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: ENGLISH_TITLE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: ENGLISH_TITLE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    await context.close();
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });

  it('takes you to the help panel from the header in one tap', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Hulp' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hulp');
    expect(await page.getByRole('link', { name: 'Bel 113', exact: true }).isVisible()).toBe(true);
    const box = await page.getByRole('link', { name: 'Bel 113', exact: true }).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const errors = collectErrors(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();

    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // Help links are big enough to hit with a thumb.
    for (const link of await page.getByRole('contentinfo').getByRole('link').all()) {
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, 'landing-phone');

    // "Nederlands" is longer than "English": the header must still fit once English is chosen.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: ENGLISH_TITLE }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'landing-phone-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('looks right on a desktop', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: DUTCH_TITLE }).waitFor();
    await screenshot(page, 'landing-desktop');
    await context.close();
  });
});
