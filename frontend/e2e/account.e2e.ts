/**
 * Journey: register → admin verifies via "Uitgaande e-mail" → newcomer logs in →
 * regions → Regio Antwerpen (Aartselaar) → log out. Axe check on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y, launchBrowser } from './browser';

const ADMIN = { email: 'admin@ketenwerk.test', password: 'Ketenwerk-admin-2025' };
const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const NEWCOMER = {
  email: `an.peeters.${stamp}@e2e.ketenwerk.test`,
  displayName: `An Peeters ${stamp}`,
  password: 'Een-lang-wachtwoord-42',
};

describe('account journey', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let newcomerContext: BrowserContext;
  let adminContext: BrowserContext;
  let newcomer: Page;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    newcomerContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    adminContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    newcomer = await newcomerContext.newPage();
    admin = await adminContext.newPage();
    for (const page of [newcomer, admin]) page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function logIn(page: Page, email: string, password: string, name: RegExp | string) {
    await page.goto('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await checkA11y(page, 'aanmelden');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('button', { name }).waitFor();
  }

  it('registers a newcomer', async () => {
    await newcomer.goto('/registreren');
    await newcomer.getByRole('heading', { level: 1, name: 'Registreren' }).waitFor();
    await checkA11y(newcomer, 'registreren');
    await newcomer.getByLabel('E-mailadres').fill(NEWCOMER.email);
    await newcomer.getByLabel('Weergavenaam').fill(NEWCOMER.displayName);
    await newcomer.getByLabel('Wachtwoord', { exact: true }).fill(NEWCOMER.password);
    await newcomer.getByLabel(/Functie/).fill('Informatieveiligheidsconsulent');
    await newcomer.getByRole('button', { name: 'Registreren' }).click();
    await newcomer.getByText('Controleer je mailbox om je e-mailadres te bevestigen').waitFor();
    await checkA11y(newcomer, 'registreren (bevestiging)');
  });

  it('lets the admin follow the verification link from "Uitgaande e-mail"', async () => {
    await logIn(admin, ADMIN.email, ADMIN.password, /Gebruikersmenu/);
    await checkA11y(admin, 'home (admin)');

    await admin.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Gebruikers en rollen' }).waitFor();
    await checkA11y(admin, 'beheer/gebruikers');

    await admin.getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' }).waitFor();

    // The mail may be queued a moment after registering: refresh until it shows up.
    const mails = admin.getByRole('listitem').filter({ hasText: NEWCOMER.email });
    const deadline = Date.now() + 20_000;
    while ((await mails.count()) === 0) {
      if (Date.now() > deadline) throw new Error(`Geen e-mail voor ${NEWCOMER.email} in Uitgaande e-mail`);
      await admin.getByRole('button', { name: 'Vernieuwen', exact: true }).click();
      await admin.waitForTimeout(500);
    }
    await checkA11y(admin, 'beheer/uitgaande-mail');

    // Open the newcomer's mails until the one with the verification link is found.
    let href: string | null = null;
    for (let i = 0; i < (await mails.count()) && !href; i += 1) {
      const mail = mails.nth(i);
      await mail.getByText('Toon bericht', { exact: true }).click();
      const candidate = mail.getByRole('link', { name: /e-mail-bevestigen/ });
      if ((await candidate.count()) > 0) href = await candidate.first().getAttribute('href');
    }
    expect(href).toContain('/e-mail-bevestigen?token=');
    await checkA11y(admin, 'beheer/uitgaande-mail (bericht open)');
    // Follow the link as a newcomer would: by clicking it (it opens in the same tab).
    await admin.locator(`a[href=${JSON.stringify(href)}]`).first().click();
    await admin.getByText('Je e-mailadres is bevestigd.').waitFor();
    await checkA11y(admin, 'e-mail-bevestigen');
  });

  it('lets the newcomer log in, browse to Regio Antwerpen and log out', async () => {
    await logIn(newcomer, NEWCOMER.email, NEWCOMER.password, new RegExp(NEWCOMER.displayName));
    await newcomer.getByRole('heading', { level: 2, name: `Hallo ${NEWCOMER.displayName}` }).waitFor();
    await checkA11y(newcomer, 'home (nieuwkomer)');

    await newcomer.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: "Regio's" }).click();
    await newcomer.getByRole('heading', { level: 1, name: "Regio's" }).waitFor();
    await newcomer.getByRole('link', { name: 'Regio Antwerpen', exact: true }).waitFor();
    await checkA11y(newcomer, 'regios');

    await newcomer.getByRole('link', { name: 'Regio Antwerpen', exact: true }).click();
    await newcomer.getByRole('heading', { level: 1, name: 'Regio Antwerpen' }).waitFor();
    const aartselaar = newcomer.getByRole('table').getByRole('link', { name: 'Aartselaar' });
    await aartselaar.waitFor();
    expect(await aartselaar.getAttribute('href')).toMatch(/^\/besturen\/\d{5}$/);
    await checkA11y(newcomer, 'regios/regio-antwerpen');

    await newcomer.getByRole('button', { name: new RegExp(NEWCOMER.displayName) }).click();
    await newcomer.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await newcomer.getByRole('link', { name: 'Aanmelden', exact: true }).waitFor();
    await checkA11y(newcomer, 'home (afgemeld)');

    // The session is really gone: /account sends us to the login page.
    await newcomer.goto('/account');
    await newcomer.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });
});
