import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, PHONE, screenshot } from './support/browser';

describe('unknown address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a kind 404 page with help and a way home', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto('/deze/pagina/bestaat-niet');

    await page
      .getByRole('heading', { level: 1, name: 'Deze pagina kunnen we niet vinden' })
      .waitFor();
    const help = page.getByRole('contentinfo');
    expect(await help.getByRole('link', { name: 'Bel 113' }).getAttribute('href')).toBe('tel:113');
    expect(await help.getByRole('link', { name: 'Bel 112' }).getAttribute('href')).toBe('tel:112');
    await screenshot(page, 'not-found-phone');

    await page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' }).click();
    await page.getByRole('heading', { level: 1, name: /Een rustige plek om te oefenen/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // A screen reader starts reading the new page, not the old one's button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});
