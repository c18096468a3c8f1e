import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import {
  clientIdByName,
  collectErrors,
  logIn,
  SANNE,
  inViewport,
  sidewaysOverflow,
  stepProgress,
  THERAPIST,
  waitSaved,
} from './homework-support';

const NOTE = 'Doe alleen wat nu past. We kijken er samen naar.';
const THOUGHT = 'Ik denk vaak: misschien overdrijf ik.';
const FACT_ONE = 'FEIT-EEN: hij las mijn berichten';
const FACT_TWO = 'FEIT-TWEE: ik mocht niet weg';
const FEEDBACK = 'Wat goed dat je dit opschreef. Dit nemen we mee.';

async function next(page: Page) {
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
}

/** Sanne's part up to the review: a few answers, a reload in between, two FEITEN entries. */
async function fillOntwennen(page: Page) {
  await page.getByRole('button', { name: 'Beginnen' }).click();
  expect(await stepProgress(page)).toEqual([1, 12]);
  for (let i = 0; i < 3; i += 1) await next(page);
  await page.getByRole('textbox', { name: /Welke gedachten komen bij jou op/ }).fill(THOUGHT);
  await waitSaved(page);
  await next(page);
  await page.getByRole('checkbox', { name: 'Als ik me leeg of alleen voel' }).check();
  await waitSaved(page);
  await screenshot(page, 'homework-player-phone');

  // A reload brings her back to the same step, with her answers.
  await page.reload();
  await page.getByText('Stap 5 van 12').waitFor();
  expect(
    await page.getByRole('checkbox', { name: 'Als ik me leeg of alleen voel' }).isChecked(),
  ).toBe(true);
  await page.getByRole('button', { name: 'Vorige' }).click();
  expect(await page.getByRole('textbox', { name: /Welke gedachten/ }).inputValue()).toBe(THOUGHT);
  await next(page);
  await next(page);
  await page.getByRole('checkbox', { name: 'Even naar buiten voor frisse lucht' }).check();
  await next(page);
  await next(page);

  // FEITEN: a content note first, then two entries.
  await page.getByRole('button', { name: 'Ik wil verder' }).click();
  for (const fact of [FACT_ONE, FACT_TWO]) {
    await page.getByRole('button', { name: /Nog een gebeurtenis toevoegen/ }).click();
    await page
      .getByRole('textbox', { name: 'Wat gebeurde er? Zo concreet mogelijk.' })
      .last()
      .fill(fact);
  }
  await waitSaved(page);
  await next(page);

  // The self-test: all statements, so there is an outcome.
  for (let i = 1; i <= 9; i += 1) {
    await page
      .getByRole('group', { name: new RegExp(`^${i}\\. `) })
      .getByRole('radio', { name: 'Past een beetje' })
      .check();
  }
  await page.getByText('Je herkent een deel').waitFor();
  await next(page);

  const tension = page.getByRole('slider', { name: 'Spanning vóór de oefening' });
  await tension.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await page.getByText('Jouw keuze: 6').waitFor();
  await page.getByRole('checkbox', { name: 'Ik heb de oefening helemaal gedaan' }).check();
  await next(page);
  await next(page);
  await page.getByRole('button', { name: 'Afronden' }).click();
}

describe('homework journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('assigns Ontwennen, Sanne works on it, shares, gets feedback and takes a share back', async () => {
    const therapist = await newPage(browser, DESKTOP);
    const therapistErrors = collectErrors(therapist.page);
    const t = therapist.page;
    await logIn(t, THERAPIST);
    const sanneId = await clientIdByName(t, 'Sanne Bakker');

    // The therapist finds Ontwennen and assigns it with a note and a daily rhythm.
    await t.goto('/praktijk/bibliotheek');
    await t.getByRole('searchbox', { name: 'Zoeken' }).fill('ontwennen');
    await t.getByRole('link', { name: 'Ontwennen van een traumaband' }).click();
    await t.getByRole('heading', { level: 1, name: 'Ontwennen van een traumaband' }).waitFor();
    await t.getByRole('button', { name: 'Toewijzen' }).click();
    await t.getByLabel('Cliënt').selectOption({ label: 'Sanne Bakker' });
    await t.getByRole('textbox', { name: /Persoonlijke notitie/ }).fill(NOTE);
    await t.getByRole('radio', { name: 'Elke dag' }).check();
    await t.getByRole('dialog').getByRole('button', { name: 'Toewijzen' }).click();
    await t.getByText('Toegewezen aan Sanne Bakker.').waitFor();

    // Sanne, on her phone, sees it with the note and opens it.
    const sanne = await newPage(browser, PHONE);
    const sanneErrors = collectErrors(sanne.page);
    const s = sanne.page;
    await logIn(s, SANNE);
    await s.goto('/mijn');
    const card = s.getByRole('article', { name: 'Ontwennen van een traumaband' });
    await card.getByText(NOTE).waitFor();
    await card.getByText('Elke dag', { exact: false }).waitFor();
    await screenshot(s, 'homework-home-phone');
    await card.getByRole('link', { name: 'Bekijken' }).click();
    await s
      .getByText('Deze module gaat over een relatie die je pijn heeft gedaan', { exact: false })
      .waitFor();
    await screenshot(s, 'homework-intro-phone');
    await s.getByRole('button', { name: 'Even landen' }).click();
    const grounding = s.getByRole('dialog', { name: 'Even landen' });
    await grounding.getByText('5 dingen die je ziet').waitFor();
    await s.waitForTimeout(400); // the modal fades in
    await screenshot(s, 'homework-grounding-phone');
    // The dialog covers the page's help panel and menu, so it has 113 on screen itself, and
    // the other lines with the practice's own text one tap away.
    const call113 = grounding.getByRole('link', { name: 'Bel 113', exact: true }).first();
    expect(await call113.getAttribute('href')).toBe('tel:113');
    expect(await inViewport(s, call113)).toBe(true);
    await grounding.getByRole('link', { name: 'Meer hulp, en je praktijk' }).click();
    for (const name of ['Bel gratis 0800-0113', 'Bel 112', /^Bel de praktijk: /])
      expect(await inViewport(s, grounding.getByRole('link', { name }))).toBe(true);
    await grounding.getByText(/Op werkdagen tussen 9 en 17 uur/).waitFor();
    await screenshot(s, 'homework-grounding-help-phone');
    await s.getByRole('button', { name: 'Terug naar de oefening' }).click();
    await fillOntwennen(s);

    // Review: private until she shares it, every switch off; "Alles delen" shares all but the
    // FEITEN list in one tap; one answer marked to discuss.
    await s.getByRole('heading', { name: 'Afronden' }).waitFor();
    const shareSwitches = await s.getByRole('switch', { name: /^Deel met je therapeut: / }).all();
    expect(shareSwitches.length).toBeGreaterThanOrEqual(5);
    for (const share of shareSwitches) expect(await share.isChecked()).toBe(false);
    await screenshot(s, 'homework-review-private-phone');
    await s.getByRole('button', { name: 'Alles delen' }).click();
    expect(await s.getByRole('switch', { name: 'Deel met je therapeut: FEITEN' }).isChecked()).toBe(
      false,
    );
    expect(
      await s.getByRole('switch', { name: 'Deel met je therapeut: Jouw gedachten' }).isChecked(),
    ).toBe(true);
    await s.getByRole('switch', { name: 'Wil ik bespreken: Jouw gedachten' }).check();
    const preview = s.getByRole('heading', { name: 'Dit ziet je therapeut' }).locator('..');
    await preview.getByText(THOUGHT).waitFor();
    expect(await preview.getByText(FACT_ONE).count()).toBe(0);
    expect(await sidewaysOverflow(s)).toBeLessThanOrEqual(0);
    await screenshot(s, 'homework-review-phone');
    await s.getByRole('button', { name: 'Versturen' }).click();
    await s.getByText('Je oefening is verstuurd').waitFor();

    // The therapist sees exactly the shared answers, not the FEITEN, and leaves feedback.
    await t.goto(`/praktijk/clienten/${sanneId}/oefeningen`);
    await t.getByText('Afgerond').waitFor();
    await screenshot(t, 'homework-therapist-client');
    await t.getByRole('link', { name: 'Ontwennen van een traumaband' }).click();
    await t.getByText(THOUGHT).waitFor();
    await t.getByText('Als ik me leeg of alleen voel').waitFor();
    await t.getByText('Je herkent een deel').waitFor();
    expect(await t.getByText('Wil ik bespreken').count()).toBe(1);
    expect(await t.getByText(/FEIT-EEN|FEIT-TWEE/).count()).toBe(0);
    expect(await t.getByRole('heading', { name: 'FEITEN' }).count()).toBe(0);
    await t.getByRole('button', { name: 'Reageren op: Jouw gedachten' }).click();
    await t.getByRole('textbox', { name: 'Jouw reactie op: Jouw gedachten' }).fill(FEEDBACK);
    await t
      .getByRole('region', { name: 'Jouw gedachten' })
      .getByRole('button', { name: 'Reactie versturen' })
      .click();
    await t.locator('p', { hasText: FEEDBACK }).waitFor();
    await screenshot(t, 'homework-therapist-response');

    // Sanne sees the feedback next to her answer and takes one share back.
    await s.goto('/mijn');
    await s
      .getByRole('article', { name: 'Ontwennen van een traumaband' })
      .getByRole('link')
      .click();
    await s.getByRole('link', { name: /^Verstuurd op/ }).click();
    await s.getByText(FEEDBACK).waitFor();
    await s.getByRole('button', { name: 'Aanpassen wat ik deel' }).click();
    await s.getByRole('switch', { name: 'Deel met je therapeut: Wanneer trekt het?' }).uncheck();
    await s.getByRole('button', { name: 'Bewaren' }).click();
    await s.getByRole('button', { name: 'Aanpassen wat ik deel' }).waitFor();
    await screenshot(s, 'homework-sent-phone');

    // The therapist no longer sees that answer.
    await t.reload();
    await t.getByText(THOUGHT).waitFor();
    expect(await t.getByText('Als ik me leeg of alleen voel').count()).toBe(0);
    expect(await t.getByRole('heading', { name: 'Wanneer trekt het?' }).count()).toBe(0);

    expect(therapistErrors).toEqual([]);
    expect(sanneErrors).toEqual([]);
    await therapist.context.close();
    await sanne.context.close();
  }, 240_000);
});
