import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { waitForMail } from './support/mailbox';

const DEMO_THERAPIST = {
  email: 'therapeut@demo.oefenruimte.nl',
  password: 'zachte-grenzen-oefenen',
};

/** Console errors count, except the browser's own line for an expected 4xx answer. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

// Journeys with two browsers and a real second factor take longer than Jest's default 5 s.
jest.setTimeout(60_000);

describe('accounts, invitations and the access log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says kindly, in Dutch, when the e-mail address or password is not right', async () => {
    const { context, page } = await newPage(browser);
    const errors = collectErrors(page);
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await screenshot(page, 'accounts-login');

    await logIn(page, DEMO_THERAPIST.email, 'dit is niet het wachtwoord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Dit e-mailadres of wachtwoord klopt niet.');
    expect(page.url()).toContain('/inloggen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the demo therapist in, to the overview, and shows the two demo clients', async () => {
    const { context, page } = await newPage(browser);
    await logIn(page, DEMO_THERAPIST.email, DEMO_THERAPIST.password);
    // A therapist starts at the overview ordered by need.
    await page.waitForURL('**/praktijk/overzicht');
    await page.goto('/praktijk');
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Sanne Bakker' }).waitFor();
    expect(await table.getByRole('link', { name: 'Youssef El Amrani' }).isVisible()).toBe(true);
    await context.close();
  });

  it('takes a new therapist and a new client through sign-up, second factor, invitation and "who looked"', async () => {
    // The therapist, on a desktop.
    const { context, page } = await newPage(browser, DESKTOP);
    const errors = collectErrors(page);
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Je praktijk aanmelden' }).waitFor();
    await screenshot(page, 'accounts-sign-up');
    const noorEmail = `noor.${Date.now()}@example.nl`;
    await page.getByLabel('Je naam').fill('Noor Visser');
    await page.getByLabel('E-mailadres').fill(noorEmail);
    // No password yet: it is chosen once the address is confirmed.
    expect(await page.getByLabel('Wachtwoord', { exact: true }).count()).toBe(0);
    await page.getByLabel('Naam van je praktijk').fill('Praktijk Het Anker');
    await page.getByRole('button', { name: 'Account maken' }).click();

    // The same answer for every address; the account exists once the mailed link is used.
    await page.getByRole('heading', { level: 1, name: 'Kijk in je mail' }).waitFor();
    await screenshot(page, 'accounts-sign-up-check-mail');
    const mail = await waitForMail(noorEmail, 'Bevestig je aanmelding bij Oefenruimte');
    const link = /https?:\/\/\S+\/aanmelden\/bevestigen#[A-Za-z0-9_-]+/.exec(mail)?.[0];
    expect(link).toBeDefined();
    await page.goto(new URL(link!).pathname + new URL(link!).hash);
    await page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByText('Gebruik minstens 12 tekens.').waitFor();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('de boot ligt stil in de haven');
    await screenshot(page, 'accounts-sign-up-confirm');
    await page.getByRole('button', { name: 'Account maken' }).click();

    // Without a second factor the client list asks for it instead of showing an error.
    await page.waitForURL('**/praktijk/account');
    await page
      .getByRole('navigation', { name: 'Praktijkmenu' })
      .getByRole('link', { name: 'Cliënten' })
      .click();
    await page.getByRole('heading', { name: 'Eerst nog een tweede stap' }).waitFor();
    await page.getByRole('link', { name: 'Tweede stap instellen' }).click();

    // Second factor: the secret shown on screen feeds a TOTP, as an authenticator app would.
    await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
    const secretText = await page.getByTestId('totp-secret').innerText();
    expect(await page.getByRole('img', { name: /QR-code/ }).isVisible()).toBe(true);
    await screenshot(page, 'accounts-2fa-enrol');
    const secret = secretText.replace(/\s/g, '');
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    await page.getByLabel('Code uit je app').fill(code);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('heading', { name: 'Je herstelcodes' }).waitFor();
    expect(await page.getByTestId('recovery-code').count()).toBe(10);
    await page.getByText('Bewaar deze codes.').waitFor();
    await screenshot(page, 'accounts-2fa-recovery-codes');
    await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await page.getByText('De tweede stap staat aan.').waitFor();

    // Invite a client with a code (no e-mail), read the code from the screen.
    await page
      .getByRole('navigation', { name: 'Praktijkmenu' })
      .getByRole('link', { name: 'Uitnodigingen' })
      .click();
    await page.getByLabel('Naam van je cliënt').fill('Lotte');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const invitationCode = (await page.getByTestId('invitation-code').innerText()).trim();
    expect(invitationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await screenshot(page, 'accounts-invitation-code');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByRole('cell', { name: 'Wacht op reactie' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Praktijkmenu' })
      .getByRole('link', { name: 'Cliënten' })
      .click();
    await page.getByRole('heading', { name: 'Nog geen cliënten' }).waitFor();

    // The client, on a phone, in another browser context.
    const client = await newPage(browser, PHONE);
    const clientErrors = collectErrors(client.page);
    await client.page.goto(`/uitnodiging#${invitationCode}`);
    await client.page.getByText('Noor Visser van Praktijk Het Anker nodigt je uit').waitFor();
    await client.page
      .getByText('Wat je schrijft is van jou; je therapeut ziet alleen wat jij deelt.')
      .waitFor();
    // The code leaves the address bar once read.
    expect(new URL(client.page.url()).hash).toBe('');
    expect(await client.page.getByLabel('Je naam').inputValue()).toBe('Lotte');
    expect(await sidewaysOverflow(client.page)).toBeLessThanOrEqual(0);
    await screenshot(client.page, 'accounts-accept-phone');
    const lotteEmail = `lotte.${Date.now()}@example.nl`;
    await client.page.getByLabel('E-mailadres').fill(lotteEmail);
    await client.page.getByLabel('Wachtwoord', { exact: true }).fill('elke dag een klein stapje');
    await client.page.getByRole('button', { name: 'Account maken' }).click();
    await client.page.waitForURL(/\/mijn$/);

    // The therapist opens the new client's page: this is logged.
    await page.reload();
    await page.getByRole('link', { name: 'Lotte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lotte' }).waitFor();
    await page.getByText(/^In zorg sinds/).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Onderdelen van deze cliënt' })
        .getByRole('link', { name: 'Oefeningen' })
        .isVisible(),
    ).toBe(true);

    // The client sees that, in plain words (on a phone, "Wie keek mee" sits under "Meer" in
    // the top bar).
    const more = client.page.getByRole('navigation', { name: 'Meer' });
    await more.getByRole('button', { name: 'Meer' }).click();
    await more.getByRole('link', { name: 'Wie keek mee' }).click();
    await client.page
      .getByRole('heading', { level: 1, name: 'Wie heeft mijn gegevens bekeken' })
      .waitFor();
    await client.page.getByText('Je therapeut Noor Visser bekeek je gegevens').first().waitFor();
    await client.page.getByText('Dat mag, omdat dit je therapeut is.').first().waitFor();
    expect(await sidewaysOverflow(client.page)).toBeLessThanOrEqual(0);
    await screenshot(client.page, 'accounts-access-log-phone');

    // Lotte forgets her password; the practice works without mail, so Noor makes a code.
    await page.getByRole('button', { name: 'Herstelcode maken' }).click();
    const resetCode = (await page.getByTestId('reset-code').innerText()).trim();
    expect(resetCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await screenshot(page, 'accounts-reset-code');
    await page.getByRole('button', { name: 'Klaar' }).click();

    const reset = await newPage(browser, PHONE);
    const resetErrors = collectErrors(reset.page);
    await reset.page.goto('/inloggen');
    await reset.page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await reset.page.getByRole('link', { name: 'Ik heb een herstelcode' }).click();
    await reset.page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    // Read out over the phone: typed in lower case, with spaces.
    await reset.page.getByLabel('Herstelcode').fill(resetCode.toLowerCase().replace(/-/g, ' '));
    await reset.page.getByLabel('Nieuw wachtwoord').fill('een nieuwe dag een nieuw begin');
    expect(await sidewaysOverflow(reset.page)).toBeLessThanOrEqual(0);
    await screenshot(reset.page, 'accounts-reset-with-code-phone');
    await reset.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await reset.page.getByText('Je wachtwoord is veranderd.', { exact: false }).waitFor();
    await logIn(reset.page, lotteEmail, 'een nieuwe dag een nieuw begin');
    await reset.page.waitForURL(/\/mijn$/);
    expect(resetErrors).toEqual([]);
    await reset.context.close();

    // The therapist's own log reads by day and, within a day, by client.
    await page.goto('/praktijk/toegang');
    await page.getByRole('heading', { level: 1, name: 'Wat je deed in Oefenruimte' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Cliënt: Lotte' }).first().waitFor();
    await page.getByText('Je bekeek de gegevens van een cliënt').first().waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'accounts-own-log');

    expect(errors).toEqual([]);
    expect(clientErrors).toEqual([]);
    await client.context.close();
    await context.close();
  }, 120_000);
});
