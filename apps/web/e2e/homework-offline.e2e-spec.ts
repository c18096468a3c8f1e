import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import {
  apiGet,
  apiPost,
  clientIdByName,
  logIn,
  THERAPIST,
  waitSaved,
  YOUSSEF,
} from './homework-support';

interface Detail {
  draft: { id: string; answers: Record<string, unknown> } | null;
}

describe('answers typed without a connection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('are kept on the device and arrive once the connection is back', async () => {
    const therapist = await newPage(browser);
    await logIn(therapist.page, THERAPIST);
    const youssefId = await clientIdByName(therapist.page, 'Youssef El Amrani');
    const modules = await apiGet<{ id: string; slug: string }[]>(
      therapist.page,
      '/library/modules?q=ontwennen',
    );
    const ontwennen = modules.find((m) => m.slug === 'ontwennen');
    const assignment = await apiPost<{ id: string }>(
      therapist.page,
      `/clients/${youssefId}/assignments`,
      {
        moduleId: ontwennen?.id,
        rhythm: 'weekly',
      },
    );
    await therapist.context.close();

    const { context, page } = await newPage(browser, PHONE);
    await logIn(page, YOUSSEF);
    await page.goto(`/mijn/oefeningen/${assignment.id}`);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Volgende' }).click();
    await waitSaved(page);

    await context.setOffline(true);
    const text = 'Geschreven in de trein, zonder bereik.';
    await page.getByRole('textbox', { name: /Welke gedachten komen bij jou op/ }).fill(text);
    await page.locator('[data-save-status="offline"]').waitFor();
    await page.getByText('Je antwoorden staan veilig op dit apparaat', { exact: false }).waitFor();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('oefenruimte.homework.unsent.')),
    );
    expect(kept).toHaveLength(1);
    await screenshot(page, 'homework-offline-phone');

    await context.setOffline(false);
    await waitSaved(page);
    const detail = await apiGet<Detail>(page, `/me/assignments/${assignment.id}`);
    expect(detail.draft?.answers['mijn-gedachten']).toBe(text);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('oefenruimte.homework.unsent.')),
      ),
    ).toEqual([]);
    await context.close();
  }, 120_000);
});
