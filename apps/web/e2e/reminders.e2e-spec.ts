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

    // Each kind on its own: the check-in, homework and afspraken, all off until turned on.
    for (const kind of ['check-in', 'oefeningen'])
      await list.getByText(kind, { exact: false }).waitFor();
    await list.getByText('Herinnering aan jullie afspraken: Uit').waitFor();
    const checkin = page.getByRole('group', { name: 'Herinnering voor je check-in' });
    await checkin.getByRole('switch', { name: 'Check-in-herinnering aan' }).check();
    await checkin.getByLabel(/^Tijd/).fill('20:30');
    await checkin.getByRole('checkbox', { name: 'zondag' }).uncheck();
    await checkin.getByRole('radio', { name: 'E-mail' }).check();
    const agreements = page.getByRole('group', { name: 'Herinnering aan jullie afspraken' });
    await agreements.getByRole('switch', { name: 'Afspraken-herinnering aan' }).check();
    await agreements.getByLabel(/^Tijd/).fill('19:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen.').waitFor();
    await list
      .getByText('Herinnering voor je check-in: Aan om 20:30, ma, di, wo, do, vr, za, via e-mail')
      .waitFor();
    await list
      .getByText(
        'Herinnering aan jullie afspraken: Aan om 19:00, elke dag, via melding op dit apparaat',
      )
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
    expect(saved.reminders.find((r) => r.kind === 'homework')).toMatchObject({ enabled: false });
    expect(journey.errors).toEqual([]);
  });

  it('sees a reminder the therapist suggested with an assignment, which starts only at her yes', async () => {
    const desk = journey.therapist;
    const modules = await apiGet<{ id: string; slug: string; title: string }[]>(
      desk,
      '/library/modules',
    );
    const module = modules.find((m) => m.slug === 'grenzen-stellen')!;
    await desk.goto(`/praktijk/bibliotheek/${module.id}`);
    await desk.getByRole('button', { name: 'Toewijzen' }).first().click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel(/^Cliënt/).selectOption({ label: CLIENT.name });
    await dialog.getByRole('checkbox', { name: 'Een herinnering voorstellen' }).check();
    const suggested = dialog.getByRole('group', { name: 'Voorgestelde herinnering' });
    await suggested.getByLabel(/^Tijd/).fill('18:30');
    await screenshot(desk, 'reminders-suggest-when-assigning');
    await dialog.getByRole('button', { name: 'Toewijzen' }).click();
    await desk.getByText(`Toegewezen aan ${CLIENT.name}.`).waitFor();

    const page = journey.client;
    const mine = await apiGet<{ id: string; moduleTitle: string }[]>(page, '/me/assignments');
    const assignment = mine.find((a) => a.moduleTitle === module.title)!;
    // Nothing started: the homework reminder stays off until she answers.
    const before = await apiGet<{ reminders: { kind: string; enabled: boolean }[] }>(
      page,
      '/me/reminders',
    );
    expect(before.reminders.find((r) => r.kind === 'homework')?.enabled).toBe(false);

    await page.goto(`/mijn/oefeningen/${assignment.id}`);
    const onAssignment = page.getByRole('region', { name: 'Een voorstel van je therapeut' });
    await onAssignment
      .getByText(/stelt een herinnering voor bij deze oefening: om 18:30, elke dag/)
      .waitFor();
    await screenshot(page, 'reminders-suggestion-on-assignment-phone');

    await page.goto('/mijn/herinneringen');
    const card = page.getByRole('region', { name: 'Een voorstel van je therapeut' });
    await card.getByText(`‘${module.title}’`, { exact: false }).waitFor();
    await card.getByRole('radio', { name: 'E-mail' }).check();
    await card.getByRole('button', { name: 'Ja, zet aan' }).click();
    const list = page.getByRole('list', { name: 'Jouw herinneringen' });
    await list
      .getByText('Herinnering voor je oefeningen: Aan om 18:30, elke dag, via e-mail')
      .waitFor();
    expect(await card.count()).toBe(0);
    // The form starts again from what is saved now.
    await page
      .getByRole('group', { name: 'Herinnering voor je oefeningen' })
      .getByRole('switch', { name: 'Oefening-herinnering aan' })
      .isChecked()
      .then((on) => expect(on).toBe(true));
    expect(journey.errors).toEqual([]);
  });
});
