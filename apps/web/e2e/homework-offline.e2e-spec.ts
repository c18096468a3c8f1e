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
    await page.getByText('Nog niet verstuurd', { exact: false }).first().waitFor();
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

  it('sends an exercise finished offline once the connection is back, once, with its one key', async () => {
    const therapist = await newPage(browser);
    await logIn(therapist.page, THERAPIST);
    const youssefId = await clientIdByName(therapist.page, 'Youssef El Amrani');
    const modules = await apiGet<{ id: string; slug: string }[]>(
      therapist.page,
      '/library/modules?q=ontwennen',
    );
    const assignment = await apiPost<{ id: string }>(
      therapist.page,
      `/clients/${youssefId}/assignments`,
      { moduleId: modules.find((m) => m.slug === 'ontwennen')?.id, rhythm: 'once' },
    );
    await therapist.context.close();

    const { context, page } = await newPage(browser, PHONE);
    await logIn(page, YOUSSEF);
    const submits: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/submit'))
        submits.push(String((request.postDataJSON() as { idempotencyKey: string }).idempotencyKey));
    });
    await page.goto(`/mijn/oefeningen/${assignment.id}`);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await waitSaved(page);

    await context.setOffline(true);
    const text = 'Afgemaakt op het perron, zonder bereik.';
    for (let step = 0; step < 40; step += 1) {
      const box = page.getByRole('textbox', { name: /Welke gedachten komen bij jou op/ });
      if (await box.isVisible()) await box.fill(text);
      const finish = page.getByRole('button', { name: 'Afronden', exact: true });
      if (await finish.isVisible()) {
        await finish.click();
        break;
      }
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Afronden' }).waitFor();
    await page.getByRole('button', { name: 'Versturen' }).click();
    const waiting = page.getByTestId('submit-waiting');
    await waiting.getByText(/Nog niet verstuurd/).waitFor();
    await waiting.getByText(/vanzelf verstuurd zodra er weer verbinding is/).waitFor();
    await screenshot(page, 'homework-offline-submit-phone');

    await context.setOffline(false);
    await page.getByText('Je oefening is verstuurd').waitFor();
    const detail = await apiGet<{ submitted: { answers: Record<string, unknown> }[] }>(
      page,
      `/me/assignments/${assignment.id}`,
    );
    expect(detail.submitted).toHaveLength(1);
    expect(detail.submitted[0]?.answers['mijn-gedachten']).toBe(text);
    expect(new Set(submits).size).toBe(1);
    await context.close();
  }, 120_000);

  it('keeps an exercise sent offline when the client leaves the screen and closes the app, and sends it once later', async () => {
    const therapist = await newPage(browser);
    await logIn(therapist.page, THERAPIST);
    const youssefId = await clientIdByName(therapist.page, 'Youssef El Amrani');
    const modules = await apiGet<{ id: string; slug: string }[]>(
      therapist.page,
      '/library/modules?q=ontwennen',
    );
    const assignment = await apiPost<{ id: string }>(
      therapist.page,
      `/clients/${youssefId}/assignments`,
      { moduleId: modules.find((m) => m.slug === 'ontwennen')?.id, rhythm: 'once' },
    );
    await therapist.context.close();

    const { context, page } = await newPage(browser, PHONE);
    const submits: string[] = [];
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/submit'))
        submits.push(String((request.postDataJSON() as { idempotencyKey: string }).idempotencyKey));
    });
    await logIn(page, YOUSSEF);
    await page.goto(`/mijn/oefeningen/${assignment.id}`);
    // The phone app: its screens come from the service worker while there is no connection.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await waitSaved(page);

    await context.setOffline(true);
    const text = 'Afgemaakt in de bus, daarna de app dichtgedaan.';
    for (let step = 0; step < 40; step += 1) {
      const box = page.getByRole('textbox', { name: /Welke gedachten komen bij jou op/ });
      if (await box.isVisible()) await box.fill(text);
      const finish = page.getByRole('button', { name: 'Afronden', exact: true });
      if (await finish.isVisible()) {
        await finish.click();
        break;
      }
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Afronden' }).waitFor();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page
      .getByTestId('submit-waiting')
      .getByText(/gerust verlaten/)
      .waitFor();
    const outbox = () =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('oefenruimte.outbox.homework.')),
      );
    expect(await outbox()).toHaveLength(1);

    // Leaving the screen: every client screen says what still waits on the device.
    await page.getByRole('link', { name: 'Check-in', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await page
      .locator('[data-outbox="homework-pending"]')
      .getByText('1 oefening nog niet verstuurd')
      .waitFor();
    await screenshot(page, 'homework-outbox-pending-phone', { fullPage: false });

    // Closing the app while still offline, then the connection comes back.
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto('/mijn/check-in');
    await again
      .locator('[data-outbox="homework-sent"]')
      .getByText('Je oefening is nu verstuurd.')
      .waitFor();
    const detail = await apiGet<{
      submitted: { answers: Record<string, unknown> }[];
      draft: unknown;
    }>(again, `/me/assignments/${assignment.id}`);
    expect(detail.submitted).toHaveLength(1);
    expect(detail.submitted[0]?.answers['mijn-gedachten']).toBe(text);
    expect(detail.draft).toBeNull();
    expect(new Set(submits).size).toBe(1);
    expect(
      await again.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('oefenruimte.outbox.homework.')),
      ),
    ).toEqual([]);

    // Opening the app again sends nothing twice.
    await again.reload();
    await again.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    const after = await apiGet<{ submitted: unknown[] }>(again, `/me/assignments/${assignment.id}`);
    expect(after.submitted).toHaveLength(1);
    await context.close();
  }, 120_000);
  it('leaves nothing of the client on the phone after logging out, offline too', async () => {
    const therapist = await newPage(browser);
    await logIn(therapist.page, THERAPIST);
    const youssefId = await clientIdByName(therapist.page, 'Youssef El Amrani');
    const modules = await apiGet<{ id: string; slug: string }[]>(
      therapist.page,
      '/library/modules?q=ontwennen',
    );
    const assignment = await apiPost<{ id: string }>(
      therapist.page,
      `/clients/${youssefId}/assignments`,
      { moduleId: modules.find((m) => m.slug === 'ontwennen')?.id, rhythm: 'weekly' },
    );
    await therapist.context.close();

    const { context, page } = await newPage(browser, PHONE);
    await logIn(page, YOUSSEF);
    await page.goto(`/mijn/oefeningen/${assignment.id}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Beginnen' }).click();
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Volgende' }).click();
    await waitSaved(page);

    await context.setOffline(true);
    await page
      .getByRole('textbox', { name: /Welke gedachten komen bij jou op/ })
      .fill('Niet voor de volgende die deze telefoon pakt.');
    await page.locator('[data-save-status="offline"]').waitFor();
    const kept = () =>
      page.evaluate(() =>
        [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter(
          (key) => key.startsWith('oefenruimte.') && key !== 'oefenruimte.locale',
        ),
      );
    expect(await kept()).not.toEqual([]);

    await page.getByRole('button', { name: 'Uitloggen' }).first().click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await kept()).toEqual([]);
    expect(await page.evaluate(() => caches.has('oefenruimte-offline-api'))).toBe(false);
    await context.close();
  }, 120_000);
});
