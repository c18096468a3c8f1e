import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, PHONE } from './support/browser';
import {
  apiGet,
  apiPost,
  clientIdByName,
  collectErrors,
  logIn,
  sidewaysOverflow,
  stepProgress,
  THERAPIST,
  YOUSSEF,
} from './homework-support';

interface Summary {
  id: string;
  title: string;
  builtIn: boolean;
}

/** Walks every step (answering the first open question it meets) and sends the result. */
async function completeExercise(page: Page, assignmentId: string) {
  await page.goto(`/mijn/oefeningen/${assignmentId}`);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  const [, total] = await stepProgress(page);
  for (let step = 1; step <= total; step += 1) {
    expect(await stepProgress(page)).toEqual([step, total]);
    const note = page.getByRole('button', { name: 'Ik wil verder' });
    if (await note.isVisible()) await note.click();
    const text = page.getByRole('main').getByRole('textbox').first();
    if ((await text.count()) > 0 && (await text.isVisible()))
      await text.fill('Een eerste antwoord.');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const forward = step < total ? 'Volgende' : 'Afronden';
    await page.getByRole('button', { name: forward, exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Afronden' }).waitFor();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText('Je oefening is verstuurd').waitFor();
}

describe('every built-in module in the player', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('can be worked through step by step and sent, on a phone', async () => {
    const therapist = await newPage(browser);
    await logIn(therapist.page, THERAPIST);
    const youssefId = await clientIdByName(therapist.page, 'Youssef El Amrani');
    const modules = (await apiGet<Summary[]>(therapist.page, '/library/modules')).filter(
      (m) => m.builtIn,
    );
    const assignments: { id: string; title: string }[] = [];
    for (const module of modules) {
      const assignment = await apiPost<{ id: string }>(
        therapist.page,
        `/clients/${youssefId}/assignments`,
        {
          moduleId: module.id,
          rhythm: 'once',
        },
      );
      assignments.push({ id: assignment.id, title: module.title });
    }
    await therapist.context.close();

    const { context, page } = await newPage(browser, PHONE);
    const errors = collectErrors(page);
    await logIn(page, YOUSSEF);
    for (const assignment of assignments) await completeExercise(page, assignment.id);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
