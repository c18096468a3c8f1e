import type { Browser } from 'playwright-core';
import { apiGet, startJourney, type Journey } from './checkins-support';
import { launchBrowser, screenshot } from './support/browser';

const SMALL_PHONE = { width: 360, height: 740 };
const CLIENT = {
  name: 'Sam Herinnering',
  email: 'sam.herinnering@example.test',
  password: 'een-zachte-herinnering',
};

describe('reminders the client turns on', () => {
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

  it('turns on a check-in reminder on a phone and sees it listed', async () => {
    const page = journey.client;
    await page.goto('/mijn/herinneringen');
    await page.getByRole('heading', { level: 1, name: 'Herinneringen' }).waitFor();
    const list = page.getByRole('list', { name: 'Jouw herinneringen' });
    await list.getByText('Herinnering voor je check-in: Uit').waitFor();
    // Help stays one tap away on this screen too.
    await page
      .getByRole('link', { name: 'Bel 113', exact: true })
      .first()
      .waitFor({ state: 'attached' });

    await page.getByRole('switch', { name: 'Check-in-herinnering aan' }).check();
    await page.getByLabel(/^Tijd/).fill('20:30');
    await page.getByRole('checkbox', { name: 'zondag' }).uncheck();
    await page.getByRole('radio', { name: 'E-mail' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen.').waitFor();
    await list
      .getByText('Herinnering voor je check-in: Aan om 20:30, ma, di, wo, do, vr, za, via e-mail')
      .waitFor();

    // With the app's service worker: a button to turn notifications on; without: e-mail still works.
    await page
      .getByRole('button', { name: 'Meldingen op dit apparaat aanzetten' })
      .or(page.getByText('Herinneringen per e-mail werken wel', { exact: false }))
      .waitFor();
    await screenshot(page, 'reminders-phone');

    const saved = await apiGet<{ reminders: { kind: string; enabled: boolean; time: string }[] }>(
      page,
      '/me/reminders',
    );
    expect(saved.reminders.find((r) => r.kind === 'checkin')).toMatchObject({
      enabled: true,
      time: '20:30',
    });
    expect(journey.errors).toEqual([]);
  });
});
