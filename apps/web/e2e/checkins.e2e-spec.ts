import { checkinLines } from '@oefenruimte/shared';
import { readFileSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
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
import { waitForMail } from './support/mailbox';

const SANNE = {
  name: 'Sanne Veldhuis',
  email: `sanne.checkins.${Date.now()}@example.nl`,
  password: 'een-rustige-ochtend-aan-zee-42',
};
const NOTES = ['NOTITIE-EEN wandeling', 'NOTITIE-TWEE drukke dag', 'NOTITIE-DRIE zwaar'] as const;
const LATE_NOTE = 'NOTITIE-LAAT later ingevuld';
const CSRF = { 'x-oefenruimte-csrf': '1' };
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

  it('shows in the next review a check-in Sanne filled in later for an earlier day', async () => {
    await sanne.goto('/mijn/check-in');
    await sanne.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor();
    await fillCheckin(sanne, {
      day: daysAgo(3),
      tension: 10,
      window: /^Overprikkeld/,
      urge: 9,
      note: LATE_NOTE,
      share: true,
      discuss: true,
    });
    await save(sanne);
    await sanne.getByRole('link', { name: /113/ }).first().waitFor();

    await therapist.goto(`/praktijk/clienten/${sanneId}/terugkijken`);
    await therapist.getByRole('heading', { name: 'Samen terugkijken' }).waitFor();
    await therapist.getByTestId('review-discuss').getByText(LATE_NOTE, { exact: false }).waitFor();
    await screenshot(therapist, 'checkins-review-late-checkin');
  });

  it("puts a refused attempt by another practice's therapist on the first page of Sanne's log", async () => {
    // A therapist of another practice, with a second factor, tries Sanne's check-ins.
    const intruder = await newPage(browser, DESKTOP);
    await intruder.page.goto('/');
    const bramEmail = `bram.${Date.now()}@example.nl`;
    const signUp = await intruder.page.request.post('/api/auth/signup', {
      headers: CSRF,
      data: {
        name: 'Bram Indringer',
        email: bramEmail,
        practiceName: 'Praktijk Elders',
      },
    });
    expect(signUp.status()).toBe(202);
    // He confirms his address from his own mailbox, which logs him in.
    const mail = await waitForMail(bramEmail, 'Bevestig je aanmelding bij Oefenruimte');
    const token = /\/aanmelden\/bevestigen#([A-Za-z0-9_-]+)/.exec(mail)?.[1];
    const confirmedSignUp = await intruder.page.request.post('/api/auth/signup/confirm', {
      headers: CSRF,
      data: { token, password: 'een-andere-praktijk-verderop' },
    });
    expect(confirmedSignUp.status()).toBe(201);
    const setup = await (
      await intruder.page.request.post('/api/account/second-factor/setup', { headers: CSRF })
    ).json();
    const code = new TOTP({ secret: Secret.fromBase32(setup.secret), digits: 6, period: 30 });
    const confirmed = await intruder.page.request.post('/api/account/second-factor/confirm', {
      headers: CSRF,
      data: { code: code.generate() },
    });
    expect(confirmed.status()).toBe(200);
    await intruder.page.goto(`/praktijk/clienten/${sanneId}/check-ins`);
    await intruder.page.getByText('Deze cliënt kunnen we niet vinden', { exact: false }).waitFor();
    const direct = await intruder.page.request.get(`/api/clients/${sanneId}/checkins`);
    expect(direct.status()).toBe(404);
    await intruder.context.close();

    // Sanne, on her phone, sees it at a glance: on the first page, in plain words, nameless.
    await sanne.goto('/mijn/toegang');
    await sanne
      .getByRole('heading', { level: 1, name: 'Wie heeft mijn gegevens bekeken' })
      .waitFor();
    const refused = sanne
      .getByRole('listitem')
      .filter({ hasText: 'Iemand van een andere praktijk probeerde je check-ins te openen' });
    await refused.first().waitFor();
    await refused.first().getByText('dat is geweigerd', { exact: false }).waitFor();
    await sanne
      .getByText('Je therapeut Marieke de Vries bekeek je gedeelde check-ins')
      .first()
      .waitFor();
    expect(await sanne.getByText('Bram Indringer').count()).toBe(0);
    // Her own actions only when she asks for them.
    expect(await sanne.getByText('Je deed een check-in').count()).toBe(0);
    expect(await sidewaysOverflow(sanne)).toBe(0);
    await screenshot(sanne, 'access-log-refused-phone');
    await sanne.getByRole('switch', { name: 'Laat ook zien wat ik zelf deed' }).check();
    await sanne.getByText('Je deed een check-in').first().waitFor();
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
    const data = JSON.parse(exported) as {
      checkins: Parameters<typeof checkinLines>[0][];
    };

    // The readable document: every item of every check-in, in words, laid out for a phone.
    const [readable] = await Promise.all([
      sanne.waitForEvent('download'),
      sanne.getByRole('link', { name: 'Download als leesbaar document' }).click(),
    ]);
    const html = readFileSync((await readable.path()) ?? '', 'utf8');
    const reader = await newPage(browser, PHONE);
    await reader.page.setContent(html);
    await reader.page
      .getByRole('heading', { level: 1, name: 'Mijn gegevens uit Oefenruimte' })
      .waitFor();
    const text = await reader.page.locator('body').innerText();
    for (const note of [...NOTES, LATE_NOTE, ...AGREEMENTS]) expect(text).toContain(note);
    expect(data.checkins).toHaveLength(4);
    for (const checkin of data.checkins) {
      for (const line of checkinLines(checkin)) {
        expect(text).toContain(line.label);
        expect(text).toContain(line.text);
      }
    }
    expect(text).toContain('Drang om contact te zoeken');
    expect(text).toContain('Iemand van een andere praktijk probeerde je check-ins te openen');
    expect(text).not.toMatch(/[{[]\s*"|":|\((success|refused)\)/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(await sidewaysOverflow(reader.page)).toBe(0);
    await screenshot(reader.page, 'export-readable-phone');
    await reader.context.close();

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
