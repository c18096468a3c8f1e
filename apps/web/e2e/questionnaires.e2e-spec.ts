import { STRESS_CHECK_QUESTIONNAIRE } from '@oefenruimte/shared';
import type { Browser, Page } from 'playwright-core';
import { apiGet, startJourney, type Journey } from './checkins-support';
import { launchBrowser, screenshot } from './support/browser';

const CLIENT = {
  name: 'Noor Vragenlijst',
  email: 'noor.vragen@example.test',
  password: 'een-vraag-per-scherm',
};

/** The project's own demo instrument as a practice would export it: its own version and title. */
const VERSION = `e2e-${Date.now()}`;
const INSTRUMENT = {
  ...STRESS_CHECK_QUESTIONNAIRE,
  version: VERSION,
  title: 'Stress-check (proef)',
};

/** The same file with one answer option that carries no score. */
function unscorable() {
  const items = INSTRUMENT.item!.map((item) =>
    item.linkId === 'piekeren'
      ? { ...item, answerOption: item.answerOption!.map((o) => ({ valueCoding: o.valueCoding })) }
      : item,
  );
  return { ...INSTRUMENT, item: items };
}

async function upload(page: Page, name: string, content: unknown) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.getByRole('button', { name: 'Importeren' }).click();
}

async function answer(page: Page, n: number, option: string) {
  await page.getByText(`Vraag ${n} van 6`).waitFor();
  await page.getByRole('button', { name: option, exact: true }).click();
  expect(
    await page.getByRole('button', { name: option, exact: true }).getAttribute('aria-pressed'),
  ).toBe('true');
  await page.getByRole('button', { name: n === 6 ? 'Bekijken en versturen' : 'Volgende' }).click();
}

describe('questionnaires: imported, set out, filled in on a phone, scored for both', () => {
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

  it('the therapist imports the instrument, with a reason per item when it cannot be scored', async () => {
    const page = journey.therapist;
    await page.goto('/praktijk');
    await page.getByRole('link', { name: 'Vragenlijsten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijsten' }).waitFor();

    await upload(page, 'kapot.json', unscorable());
    const refusal = page.getByRole('alert').filter({ hasText: 'kunnen we niet importeren' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('piekeren');
    expect(await refusal.textContent()).toContain('heeft geen score');
    await screenshot(page, 'questionnaires-import-refused');

    await upload(page, 'stress-check.json', INSTRUMENT);
    await page.getByText('Stress-check (proef) staat nu in de bibliotheek.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Stress-check (proef)' }).waitFor();
  });

  it('the therapist sets it out once for the client', async () => {
    const page = journey.therapist;
    await page.goto(`/praktijk/clienten/${journey.clientId}/vragenlijsten`);
    await page.getByRole('heading', { name: 'Klaarzetten' }).waitFor();
    await page.getByLabel('Vragenlijst').selectOption({ label: 'Stress-check (proef)' });
    await page.getByLabel('Hoe vaak').selectOption({ label: 'Eén keer' });
    await page.getByRole('button', { name: 'Klaarzetten' }).click();
    await page.getByText('Klaargezet.').waitFor();
  });

  it('the client fills it in one question per screen, skips one, pauses, resumes and sends it shared', async () => {
    const page = journey.client;
    await page.goto('/mijn');
    // On a phone the questionnaires sit under "Meer" in the top bar.
    const more = page.getByRole('navigation', { name: 'Meer' });
    await more.getByRole('button', { name: 'Meer' }).click();
    await more.getByRole('link', { name: 'Vragenlijsten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijsten' }).waitFor();
    await page.getByRole('link', { name: 'Invullen' }).click();

    await answer(page, 1, 'Veel');
    await page.getByText('Vraag 2 van 6').waitFor();
    await page.getByRole('button', { name: 'Overslaan' }).click();
    await page.getByText('Vraag 3 van 6').waitFor();
    await page.getByRole('button', { name: 'Een beetje', exact: true }).click();
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await page.getByText('Je antwoorden zijn bewaard.').waitFor();
    await screenshot(page, 'questionnaires-paused');

    // Resumed on another visit: the draft comes back, after the last answered question.
    await page.goto('/mijn/vragenlijsten');
    await page.getByRole('link', { name: 'Verder invullen (2 beantwoord)' }).click();
    await page.getByText('Vraag 4 van 6').waitFor();
    await answer(page, 4, 'Best wel');
    await answer(page, 5, 'Helemaal niet');
    await answer(page, 6, 'Helemaal niet');

    await page.getByRole('heading', { name: 'Dit ziet je therapeut' }).waitFor();
    expect(await page.getByText('Overgeslagen').count()).toBe(1);
    const share = page.getByRole('switch', { name: 'Delen met mijn therapeut' });
    expect(await share.isChecked()).toBe(false);
    await screenshot(page, 'questionnaires-preview');
    await share.check();
    await page.getByRole('button', { name: 'Versturen' }).click();

    // 3 + (skipped) + (4 − 1) + 2 + 0 + 0 = 8 over five, prorated: 8 / 5 × 6 = 9.6 → 10.
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    await page.getByText('Stress: 10 · Wat stress').waitFor();
    await page.getByText('Je had de afgelopen week wat last van stress.').waitFor();
    await page.getByTestId('questionnaire-trend').locator('svg').first().waitFor();
    await screenshot(page, 'questionnaires-result-client');

    const results = await apiGet<{ shared: boolean; answers: (number | null)[] }[]>(
      page,
      '/me/questionnaire-results',
    );
    expect(results).toEqual([
      expect.objectContaining({ shared: true, answers: [3, null, 1, 2, 0, 0] }),
    ]);
  });

  it('the therapist sees the same score, band and chart', async () => {
    const page = journey.therapist;
    await page.goto(`/praktijk/clienten/${journey.clientId}/vragenlijsten`);
    await page.getByRole('heading', { name: 'Gedeelde uitslagen' }).waitFor();
    await page.getByText('Stress: 10 · Wat stress').waitFor();
    await page.getByTestId('questionnaire-trend').locator('svg').first().waitFor();
    await screenshot(page, 'questionnaires-result-therapist');
    expect(journey.errors).toEqual([]);
  });
});
