import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { apiGet, collectErrors, logIn, THERAPIST } from './homework-support';

interface Summary {
  id: string;
  title: string;
  builtIn: boolean;
}

describe('homework library and builder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('previews every built-in module exactly as a client would start it', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await logIn(page, THERAPIST);
    const builtIn = (await apiGet<Summary[]>(page, '/library/modules')).filter((m) => m.builtIn);
    expect(builtIn).toHaveLength(6);
    await page.goto('/praktijk/bibliotheek');
    for (const module of builtIn) await page.getByRole('link', { name: module.title }).waitFor();
    await screenshot(page, 'homework-library');

    await page.getByLabel('Thema').selectOption({ label: 'Lichaam' });
    await page.getByText('1 oefening gevonden').waitFor();

    for (const module of builtIn) {
      await page.goto(`/praktijk/bibliotheek/${module.id}`);
      await page.getByRole('heading', { level: 1, name: module.title }).waitFor();
      const frame = page.getByRole('region', { name: 'Voorbeeld op een telefoon' });
      const begin = frame.getByRole('button', { name: 'Beginnen' });
      if (await begin.isVisible()) await begin.click();
      await frame.getByText(/^Stap 1 van \d+$/).waitFor();
      await frame.getByRole('button', { name: 'Volgende' }).click();
      await frame.getByText(/^Stap 2 van \d+$/).waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('copies a module, shows schema problems at their field, reorders by keyboard and publishes', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await logIn(page, THERAPIST);
    const modules = await apiGet<Summary[]>(page, '/library/modules?q=grenzen');
    const original = modules.find((m) => m.title.startsWith('Grenzen stellen'));
    await page.goto(`/praktijk/bibliotheek/${original?.id}`);
    await page.getByRole('button', { name: 'Kopiëren en aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bewerken:/ }).waitFor();

    const title = page.getByRole('textbox', { name: 'Titel' }).first();
    await title.fill('Grenzen stellen, voor Sanne');
    await page.getByLabel('Soort stap').selectOption({ label: 'Schaal' });
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const added = page.getByRole('listitem').filter({ hasText: 'Schaal' }).last();
    await added.getByRole('textbox', { name: 'Vraag' }).fill('Hoe rustig voel je je nu?');
    await added.getByRole('textbox', { name: 'Hoogste waarde', exact: true }).fill('0');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await added.getByText('De hoogste waarde moet groter zijn dan de laagste.').waitFor();
    await page.getByRole('alert').filter({ hasText: 'klopt nog niet' }).waitFor();
    await screenshot(page, 'homework-builder-error');

    await added.getByRole('textbox', { name: 'Hoogste waarde', exact: true }).fill('10');
    expect(await page.getByText('De hoogste waarde moet groter zijn dan de laagste.').count()).toBe(
      0,
    );
    const steps = await page.getByRole('listitem', { name: /^Stap \d+:/ }).count();
    const up = page.getByRole('button', { name: `Stap ${steps} omhoog` });
    await up.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Stap staat nu op plek ${steps - 1}.` })
      .waitFor();
    await page.keyboard.press('Enter');
    await page
      .getByRole('listitem', { name: `Stap ${steps - 2}: Hoe rustig voel je je nu?` })
      .waitFor();

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText(/^Gepubliceerd\./).waitFor();
    await screenshot(page, 'homework-builder');

    await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grenzen stellen, voor Sanne' }).waitFor();
    await page.getByText(`${steps} stappen`).waitFor();
    await page.getByRole('button', { name: 'Toewijzen' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
