import type { Browser, Page } from 'playwright-core';
import { apiGet, fillCheckin, startJourney, type Journey } from './checkins-support';
import { launchBrowser, screenshot } from './support/browser';

const CLIENT = {
  name: 'Lotte Plannetje',
  email: 'lotte.plan@example.test',
  password: 'mijn-plan-in-mijn-woorden',
};

/** One phase of the editor: the section with that phase's heading. */
const phase = (page: Page, title: string) => page.getByRole('region', { name: title });

const group = (scope: ReturnType<typeof phase>, legend: string) =>
  scope.getByRole('group', { name: legend });

async function choose(page: Page, scope: ReturnType<typeof phase>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('signaleringsplan: written by the client, there when a check-in looks like it', () => {
  let browser: Browser;
  let journey: Journey;
  beforeAll(async () => {
    browser = await launchBrowser();
    journey = await startJourney(browser, CLIENT);
  });
  afterAll(async () => {
    await journey.close();
    await browser.close();
  });

  it('writes a plan with three phases and a linked signal, on a phone', async () => {
    const page = journey.client;
    await page.goto('/mijn');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn plan' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mijn signaleringsplan' }).waitFor();
    await page.getByRole('button', { name: 'Plan maken' }).click();

    const green = phase(page, 'Groen: het gaat goed');
    const greenSelf = group(green, 'Dit doe ik zelf');
    await greenSelf.getByRole('button', { name: 'Stap toevoegen' }).click();
    await greenSelf
      .getByRole('textbox', { name: 'Stap 1' })
      .fill('Elke ochtend wandelen met de hond');

    const orange = phase(page, 'Oranje: het gaat minder');
    await orange.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await orange.getByRole('textbox', { name: 'Signaal 1' }).fill('Mijn kaken staan strak');
    await choose(page, orange, 'Koppelen aan mijn check-in', 'Spanning');
    await orange.getByRole('textbox', { name: 'Grens (0 tot 10)' }).fill('7');
    const orangeSelf = group(orange, 'Dit doe ik zelf');
    await orangeSelf.getByRole('button', { name: 'Stap toevoegen' }).click();
    await orangeSelf.getByRole('textbox', { name: 'Stap 1' }).fill('Koud water over mijn polsen');
    await orange.getByRole('button', { name: 'Contact toevoegen' }).click();
    await orange.getByRole('textbox', { name: 'Naam' }).fill('Mijn zus Eva');
    await orange.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06 1234 5678');

    const red = phase(page, 'Rood: crisis');
    const redOthers = group(red, 'Dit kunnen anderen voor me doen');
    await redOthers.getByRole('button', { name: 'Stap toevoegen' }).click();
    await redOthers.getByRole('textbox', { name: 'Stap 1' }).fill('Blijf bij me en zeg weinig');
    await screenshot(page, 'safety-plan-editor');

    await page.getByRole('button', { name: 'Plan bewaren' }).click();
    await page.getByText('Je plan is bewaard.').waitFor();
    const call = page.getByRole('link', { name: /^Bel Mijn zus Eva: / });
    expect(await call.getAttribute('href')).toBe('tel:0612345678');
    // The plan is private until shared: the switch starts off.
    expect(await page.getByRole('switch', { name: 'Delen met mijn therapeut' }).isChecked()).toBe(
      false,
    );
    const stored = await apiGet<{ plan: { version: number; shared: boolean } }>(
      page,
      '/me/safety-plan',
    );
    expect(stored.plan).toMatchObject({ version: 1, shared: false });
    await screenshot(page, 'safety-plan-view');
  });

  it('prints on at most two A4 pages', async () => {
    const page = journey.client;
    await page.emulateMedia({ media: 'print' });
    // The screen's confirmation is not for the fridge.
    expect(await page.getByText('Je plan is bewaard.').isVisible()).toBe(false);
    await screenshot(page, 'safety-plan-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the client’s own orange steps after a check-in that matches, one tap from calling', async () => {
    const page = journey.client;
    await page.goto('/mijn/check-in');
    await fillCheckin(page, {
      tension: 8,
      window: /^Overprikkeld/,
      urge: 2,
      note: 'Drukke dag op het werk.',
    });
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('heading', { name: 'Dank je wel' }).waitFor();
    await page.getByRole('heading', { name: 'Dit lijkt op je oranje fase' }).waitFor();
    await page.getByText('Koud water over mijn polsen').waitFor();
    expect(await page.getByRole('link', { name: /^Bel Mijn zus Eva: / }).getAttribute('href')).toBe(
      'tel:0612345678',
    );
    await screenshot(page, 'safety-plan-match');
    expect(journey.errors).toEqual([]);
  });

  it('is not shown to the therapist until the client shares it', async () => {
    const desk = journey.therapist;
    await desk.goto(`/praktijk/clienten/${journey.clientId}/signaleringsplan`);
    await desk.getByText(/deelt het signaleringsplan nu niet/).waitFor();
    const page = journey.client;
    await page.goto('/mijn/signaleringsplan');
    // The switch shows what the server holds: it turns on once the share is stored.
    await page.getByRole('switch', { name: 'Delen met mijn therapeut' }).click();
    await page.getByText('Je therapeut kan dit plan lezen.').waitFor();
    await desk.reload();
    await desk.getByText('Mijn kaken staan strak').waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('shows the therapist the plan’s phase on the overview once plan and check-in are shared', async () => {
    const page = journey.client;
    await page.goto('/mijn/check-in');
    await fillCheckin(page, {
      tension: 8,
      window: /^Overprikkeld/,
      urge: 2,
      note: 'Weer een drukke dag.',
      share: true,
    });
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('heading', { name: 'Dit lijkt op je oranje fase' }).waitFor();

    const desk = journey.therapist;
    await desk.goto('/praktijk/overzicht');
    const row = desk.locator(`li[data-client-id="${journey.clientId}"]`);
    await row.getByText(/lijkt op de oranje fase van het signaleringsplan/).waitFor();
    await row.getByText('Signaleringsplan: oranje fase').waitFor();
    await screenshot(desk, 'safety-plan-overview-phase');
    await row.getByRole('link', { name: 'Bekijk plan' }).click();
    await desk.getByText('Mijn kaken staan strak').waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets the therapist suggest a change that the client takes, on a phone', async () => {
    const desk = journey.therapist;
    await desk.getByRole('button', { name: 'Wijziging voorstellen' }).click();
    const orange = phase(desk, 'Oranje: het gaat minder');
    const orangeSelf = group(orange, 'Dit doe ik zelf');
    await orangeSelf.getByRole('button', { name: 'Stap toevoegen' }).click();
    await orangeSelf.getByRole('textbox', { name: 'Stap 2' }).fill('Tien minuten naar buiten');
    await desk
      .getByRole('textbox', { name: 'Toelichting voor de cliënt (mag leeg blijven)' })
      .fill('Zoals we dinsdag bespraken: naar buiten hielp je toen.');
    await desk.getByRole('button', { name: 'Voorstel sturen' }).click();
    await desk.getByText('Je voorstel is verstuurd.', { exact: false }).waitFor();
    await desk.getByText('Wacht op de cliënt').waitFor();
    await screenshot(desk, 'safety-plan-suggested');
    // Suggested is not changed: the plan is as the client wrote it until they choose.
    const before = await apiGet<{ plan: { version: number } }>(journey.client, '/me/safety-plan');
    expect(before.plan.version).toBe(1);

    const page = journey.client;
    await page.goto('/mijn/signaleringsplan');
    const card = page.getByRole('region', { name: 'Marieke de Vries stelt een wijziging voor' });
    await card.getByText('Anders in: oranje').waitFor();
    await card.getByText(/naar buiten hielp je toen/).waitFor();
    await card.getByRole('button', { name: 'Voorstel bekijken' }).click();
    await card.getByText('Tien minuten naar buiten').waitFor();
    await screenshot(page, 'safety-plan-suggestion');
    await card.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await page.getByText('Je hebt het voorstel overgenomen. Je plan is bewaard.').waitFor();
    await page.getByText('Tien minuten naar buiten').waitFor();
    expect(await card.count()).toBe(0);
    const after = await apiGet<{ plan: { version: number; updatedBy: string } }>(
      page,
      '/me/safety-plan',
    );
    expect(after.plan).toMatchObject({ version: 2, updatedBy: 'therapist-suggestion' });

    await desk.reload();
    await desk.getByText('Overgenomen (versie 2)').waitFor();
    await desk.getByText('Tien minuten naar buiten').waitFor();
    expect(journey.errors).toEqual([]);
  });
});
