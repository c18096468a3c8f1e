import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import {
  apiGet,
  daysAgo,
  fillCheckin,
  type Journey,
  loseNextAnswer,
  setScale,
  sidewaysOverflow,
  startJourney,
} from './checkins-support';

const SANNE = {
  name: 'Sanne Veldhuis',
  email: `sanne.checkins.${Date.now()}@example.nl`,
  password: 'een-rustige-ochtend-aan-zee-42',
};
const NOTES = ['NOTITIE-EEN wandeling', 'NOTITIE-TWEE drukke dag', 'NOTITIE-DRIE zwaar'] as const;
const AGREEMENTS = [
  'AFSPRAAK-EEN elke avond naar buiten',
  'AFSPRAAK-TWEE FEITEN herlezen',
] as const;

let browser: Browser;
let journey: Journey;
let sanne: Page;
let therapist: Page;
let sanneId: string;

jest.setTimeout(60_000);

beforeAll(async () => {
  browser = await launchBrowser();
  journey = await startJourney(browser, SANNE);
  ({ client: sanne, therapist, clientId: sanneId } = journey);
});

afterAll(async () => {
  await journey?.close();
  await browser?.close();
});

async function save(page: Page) {
  await page.getByRole('button', { name: 'Bewaren' }).click();
}

describe('check-ins, overview and reviewing together', () => {
  it('lets Sanne check in on three days, share two, and get help at once on the last', async () => {
    await sanne.goto('/mijn/check-in');
    await sanne.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();

    // 1: the day before yesterday, shared, to discuss.
    await fillCheckin(sanne, {
      day: daysAgo(2),
      tension: 3,
      window: /^Binnen mijn raam/,
      urge: 4,
      note: NOTES[0],
      safety: 'Nee',
      share: true,
      discuss: true,
    });
    await setScale(sanne, 'Hoe is je stemming?', 6);
    await setScale(sanne, 'Hoeveel energie heb je?', 5);
    await sanne.getByText('Gespannen spieren').click();
    await sanne.getByText(/Je therapeut ziet dan deze check-in, met: spanning/).waitFor();
    expect(await sidewaysOverflow(sanne)).toBe(0);
    await screenshot(sanne, 'checkins-form-phone');
    await save(sanne);
    await sanne.getByRole('heading', { name: 'Dank je wel' }).waitFor();
    await sanne.getByText('Je hebt hem gedeeld met je therapeut.').waitFor();

    // 2: yesterday, private; the first answer is lost on the way back, the retry makes no second.
    await sanne.getByRole('button', { name: 'Nog een check-in' }).click();
    const yesterday = { day: daysAgo(1), tension: 6, window: /^Overprikkeld/, urge: 7 };
    await fillCheckin(sanne, { ...yesterday, note: NOTES[1] });
    await loseNextAnswer(sanne, '**/api/me/checkins');
    await save(sanne);
    await sanne.getByText(/Er is nu geen verbinding/).waitFor();
    await sanne.unroute('**/api/me/checkins');
    await save(sanne);
    await sanne.getByRole('heading', { name: 'Dank je wel' }).waitFor();
    await sanne.getByText('Alleen jij ziet hem.').waitFor();
    const mine = await apiGet<{ day: string }[]>(sanne, `/me/checkins?from=${daysAgo(1)}`);
    expect(mine.filter((c) => c.day === daysAgo(1))).toHaveLength(1);

    // 3: today (the default), shared, and yes to the safety question: help, straight away.
    await sanne.getByRole('button', { name: 'Nog een check-in' }).click();
    expect(await sanne.getByLabel('Over welke dag gaat het?').inputValue()).toBe(daysAgo(0));
    await fillCheckin(sanne, {
      tension: 8,
      window: /^Bevroren/,
      urge: 9,
      note: NOTES[2],
      safety: 'Ja',
      share: true,
    });
    await save(sanne);
    const help = sanne.getByRole('dialog', { name: 'Je hoeft dit niet alleen te dragen' });
    await help.waitFor();
    const hrefs = await help
      .getByRole('link')
      .evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    for (const href of ['tel:113', 'tel:08000113', 'https://www.113.nl', 'tel:112'])
      expect(hrefs).toContain(href);
    await help.getByText(/niet dag en nacht gelezen/).waitFor();
    await help.getByText(/Op werkdagen tussen 9 en 17 uur/).waitFor();
    await help.getByText('5 dingen die je ziet').waitFor();
    expect(await sidewaysOverflow(sanne)).toBe(0);
    await screenshot(sanne, 'checkins-help-phone');
    await help.getByRole('button', { name: 'Terug naar Oefenruimte' }).scrollIntoViewIfNeeded();
    await screenshot(sanne, 'checkins-help-phone-end');
    await help.getByRole('button', { name: 'Terug naar Oefenruimte' }).click();
    await sanne.getByRole('heading', { name: 'Dank je wel' }).waitFor();
  });

  it('shows her progress with shared and private marked, and lets her change sharing', async () => {
    await sanne.goto('/mijn/voortgang');
    await sanne.getByTestId('checkin-charts').waitFor();
    await sanne.getByText('3 check-ins in deze periode, waarvan 2 gedeeld.').waitFor();
    const items = sanne.locator('li[data-checkin-day]');
    expect(await items.count()).toBe(3);
    expect(await sanne.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    expect(await sidewaysOverflow(sanne)).toBe(0);
    await screenshot(sanne, 'checkins-progress-phone');

    // Taking a share back and giving it again, twice in a row (each change on the newest version).
    const oldest = sanne.locator(`li[data-checkin-day="${daysAgo(2)}"]`);
    const share = oldest.getByRole('switch', { name: 'Gedeeld met je therapeut' });
    const patched = () =>
      sanne.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
    await Promise.all([patched(), share.uncheck()]);
    await oldest.getByText('Privé', { exact: true }).waitFor();
    await Promise.all([patched(), share.check()]);
    await oldest.getByText('Gedeeld', { exact: true }).waitFor();
    await sanne.getByText('3 check-ins in deze periode, waarvan 2 gedeeld.').waitFor();
    expect(await oldest.getByRole('alert').count()).toBe(0);
  });

  it('puts Sanne first on the therapist overview, with her safety signal', async () => {
    await therapist.goto('/praktijk/overzicht');
    const first = therapist.locator('ol > li').first();
    await first.getByRole('heading', { name: SANNE.name }).waitFor();
    await first.getByText(/Veiligheidssignaal in de check-in van/).waitFor();
    await first.getByText('Veiligheid: 1').waitFor();
    await first.getByText(/gem\. spanning/).waitFor();
    await screenshot(therapist, 'checkins-overview');

    await first.getByRole('link', { name: 'Bekijk check-in' }).click();
    await therapist.waitForURL(/\/check-ins#checkin-/);
    await therapist.getByTestId('checkin-charts').waitFor();
    const timeline = therapist.locator('li[id^="checkin-"]');
    await timeline.first().waitFor();
    expect(await timeline.count()).toBe(2);
    const text = await therapist.locator('ol').last().innerText();
    expect(text).toContain(NOTES[0]);
    expect(text).toContain(NOTES[2]);
    expect(text).not.toContain(NOTES[1]);
    await therapist.locator('li[data-danger]').getByRole('button', { name: 'Gezien' }).click();
    await therapist.locator('li[data-danger]').getByRole('button', { name: 'Gezien' }).waitFor({
      state: 'detached',
    });
    await screenshot(therapist, 'checkins-client-timeline');
  });

  it('records two afspraken in Samen terugkijken, which Sanne then sees', async () => {
    await therapist.goto(`/praktijk/clienten/${sanneId}/terugkijken`);
    await therapist.getByRole('heading', { name: 'Samen terugkijken' }).waitFor();
    await therapist.getByTestId('review-discuss').getByText(NOTES[0], { exact: false }).waitFor();
    await therapist.getByRole('textbox', { name: 'Afspraak 1' }).fill(AGREEMENTS[0]);
    await therapist.getByRole('button', { name: 'Nog een afspraak' }).click();
    await therapist.getByRole('textbox', { name: 'Afspraak 2' }).fill(AGREEMENTS[1]);
    await therapist
      .getByLabel('Hoort bij module (niet verplicht)')
      .nth(1)
      .selectOption({ label: 'Ontwennen van een traumaband' });
    await screenshot(therapist, 'checkins-review');
    await therapist.getByRole('button', { name: 'Afspraken bewaren' }).click();
    const saved = therapist.getByTestId('saved-agreements');
    await saved.getByText(AGREEMENTS[1]).waitFor();
    expect(await saved.locator('li').count()).toBe(2);

    await sanne.goto('/mijn/afspraken');
    const week = sanne.getByTestId('this-week-agreements');
    await week.getByText(AGREEMENTS[0]).waitFor();
    await week.getByText(AGREEMENTS[1]).waitFor();
    await week.getByText('Hoort bij: Ontwennen van een traumaband').waitFor();
    await sanne.getByText(/Afgesproken met Marieke de Vries op/).waitFor();
  });

  it('gives Sanne all her data, then deletes her account', async () => {
    await sanne.goto('/mijn/gegevens');
    const [download] = await Promise.all([
      sanne.waitForEvent('download'),
      sanne.getByRole('link', { name: 'Download als bestand (JSON)' }).click(),
    ]);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    const viaApi = await (await sanne.request.get('/api/me/export')).text();
    for (const text of [...NOTES, ...AGREEMENTS]) {
      expect(exported).toContain(text);
      expect(viaApi).toContain(text);
    }
    JSON.parse(exported);

    await sanne.getByRole('button', { name: 'Ik wil mijn account verwijderen' }).click();
    await sanne.getByLabel('Je wachtwoord').fill('niet-mijn-wachtwoord');
    await sanne.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await sanne.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.').waitFor();
    await sanne.getByLabel('Je wachtwoord').fill(SANNE.password);
    await sanne.getByRole('button', { name: 'Account definitief verwijderen' }).click();
    await sanne.getByRole('heading', { name: 'Je account is verwijderd' }).waitFor();

    const gone = await therapist.request.get(`/api/clients/${sanneId}`);
    expect(gone.status()).toBe(404);
    expect(journey.errors).toEqual([]);
  });
});
