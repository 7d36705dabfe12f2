/**
 * Journey: a member of Aalst (lid@) opens "Voor mijn bestuur" from the catalogue, sees ranked and
 * explained solutions, opens the first and marks it "gepland" → the admin appoints the demo
 * coordinator (Koen) for Denderregio, Aalst's region → Koen's adoption grid of Denderregio shows
 * Aalst's new status → the admin imports a small CSV (dry-run report, then commit) and sees the
 * figure on Aalst's profile with its source and year. Axe check on every page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y, launchBrowser, logIn } from './browser';

const MEMBER = { email: 'lid@ketenwerk.test', password: 'Ketenwerk-lid-2025', name: 'Lotte Lid' };
const COORDINATOR = { email: 'coordinator@ketenwerk.test', password: 'Ketenwerk-coord-2025', name: 'Koen Coördinator' };
const ADMIN = { email: 'admin@ketenwerk.test', password: 'Ketenwerk-admin-2025', name: 'Ann Beheerder' };
const REGION = { slug: 'denderregio', name: 'Denderregio' };

// A Belgian spreadsheet export: semicolons, decimal commas; Galmaarden, Gooik and Herne merged into Pajottegem in 2025.
const CSV = [
  'nis;gemeente;informatieveiligheid;procesbeheer',
  '41002;Aalst;71,5;64',
  '41011;Denderleeuw;58;49,5',
  '23023;Galmaarden;40;35',
  '23024;Gooik;44;38',
  '23032;Herne;39;31',
  '',
].join('\r\n');

describe('catalogus journey', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let member: Page;
  let coordinator: Page;
  let admin: Page;
  let solutionName = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const pages: Page[] = [];
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      pages.push(page);
    }
    [member, coordinator, admin] = pages;
  });

  afterAll(async () => {
    await browser?.close();
  });


  it('lets a member of Aalst find ranked, explained solutions and mark one "gepland"', async () => {
    await logIn(member, MEMBER);
    await member.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Catalogus' }).click();
    await member.getByRole('heading', { level: 1, name: 'Oplossingencatalogus' }).waitFor();
    await member.getByText(/\d+ van \d+ getoond/).waitFor();
    await checkA11y(member, 'catalogus');

    await member.getByRole('link', { name: 'Voor mijn bestuur: wat past bij Aalst?' }).click();
    await member.getByRole('heading', { level: 1, name: 'Voor mijn bestuur' }).waitFor();
    const list = member.getByRole('list', { name: 'Aanbevolen oplossingen, best passend eerst' });
    const first = list.locator(':scope > li').first();
    await first.waitFor();
    expect(await first.getByText('Nr. 1', { exact: true }).count()).toBe(1);
    expect(await first.getByText(/van 100 punten/).textContent()).toMatch(/^\d+ van 100 punten$/);
    await first.getByRole('heading', { name: 'Waarom deze plaats?' }).waitFor();
    await first.getByRole('heading', { name: 'Wat heeft u nog nodig?' }).waitFor();
    expect(await first.locator('.fit-reason').count()).toBeGreaterThan(0);
    expect(await list.locator(':scope > li').nth(1).getByText('Nr. 2', { exact: true }).count()).toBe(1);
    await checkA11y(member, 'voor-mijn-bestuur');

    const link = first.getByRole('heading', { level: 2 }).getByRole('link');
    solutionName = (await link.textContent()) ?? '';
    expect(solutionName).not.toBe('');
    await link.click();
    await member.getByRole('heading', { level: 1, name: solutionName }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Past dit bij Aalst?' }).waitFor();
    await checkA11y(member, 'catalogus/oplossing');

    const status = member.getByRole('form', { name: `Status van ${solutionName}` });
    await status.getByLabel('Gepland', { exact: true }).check();
    await status.getByLabel('Startdatum').fill('2026-01-15');
    await status.getByLabel(/Notitie/).fill('Opstart na de begrotingswijziging.');
    await status.getByLabel("Ik ben contactpersoon voor collega's").check();
    await status.getByRole('button', { name: 'Status opslaan' }).click();
    await member.getByText('Status voor Aalst opgeslagen: Gepland.').waitFor();
    const adopters = member.getByRole('region', { name: 'Wie gebruikt deze oplossing?' });
    const aalst = adopters.getByRole('listitem').filter({ has: member.getByRole('link', { name: 'Aalst', exact: true }) });
    await aalst.getByText('Gepland', { exact: true }).waitFor();
    await aalst.getByText(/Contactpersoon voor collega's: Lotte Lid/).waitFor();
    await checkA11y(member, 'catalogus/oplossing (status opgeslagen)');
  });

  it('lets the admin appoint Koen as coordinator of Denderregio', async () => {
    await logIn(admin, ADMIN);
    await admin.goto('/beheer/gebruikers');
    await admin.getByRole('heading', { level: 1, name: 'Gebruikers en rollen' }).waitFor();
    await admin.getByLabel('Zoek op naam of e-mailadres').fill('coordinator@ketenwerk.test');
    // Act only once the (debounced) search has replaced the list and the regions are loaded: a card
    // of the unfiltered list is replaced, with its message, and without regions there is no choice.
    await admin.getByText('1 van 1 getoond').waitFor();
    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: COORDINATOR.name }) });
    await card.waitFor();
    const select = card.getByLabel(`Stel ${COORDINATOR.name} aan als coördinator van`);
    await select.locator('option', { hasText: 'Regio Antwerpen' }).waitFor({ state: 'attached' });
    if ((await select.locator('option', { hasText: REGION.name }).count()) > 0) {
      await select.selectOption({ label: REGION.name });
      await card.getByRole('button', { name: 'Aanstellen' }).click();
      await card.getByText(`Aangesteld als coördinator van ${REGION.name}.`).waitFor();
    }
  });

  it("shows Aalst's new status in the coordinator's adoption grid of Denderregio", async () => {
    await logIn(coordinator, COORDINATOR);
    await coordinator.goto(`/regios/${REGION.slug}`);
    await coordinator.getByRole('heading', { level: 1, name: REGION.name }).waitFor();
    await coordinator.getByRole('link', { name: `Adoptieoverzicht van ${REGION.name}` }).click();
    await coordinator.getByRole('heading', { level: 1, name: `Adoptie in ${REGION.name}` }).waitFor();
    const grid = coordinator.getByRole('table', { name: new RegExp(`^${REGION.name}: \\d+ besturen`) });
    await grid.waitFor();
    const headers = await grid.locator('thead th').allTextContents();
    const column = headers.indexOf(solutionName);
    expect(column).toBeGreaterThan(0);
    const row = grid.locator('tbody tr').filter({ has: coordinator.getByRole('rowheader', { name: 'Aalst', exact: true }) });
    expect(await row.locator('td').nth(column - 1).textContent()).toBe('Gepland');
    await checkA11y(coordinator, 'regios/denderregio/adoptie');
  });

  it('lets the admin import a CSV with a dry-run report, commit it and see the figure on the profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketenwerk-e2e-'));
    const file = join(dir, 'imonitor-2023.csv');
    writeFileSync(file, CSV, 'utf8');

    await admin.goto('/catalogus');
    await admin.getByRole('link', { name: 'Indicatoren importeren' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Indicatoren importeren' }).waitFor();
    await checkA11y(admin, 'catalogus/beheer/import');

    await admin.getByLabel(/^Bestand/).setInputFiles(file);
    await admin.getByLabel('Bron', { exact: true }).fill('I-Monitor');
    await admin.getByLabel(/^Jaar/).fill('2023');
    await admin.getByRole('button', { name: 'Proefimport uitvoeren' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Verslag van de proefimport' }).waitFor();
    await admin.getByText('5 in totaal: 2 in orde, 0 met fouten, 3 met waarschuwingen').waitFor();
    await admin.getByText(/gescheiden door puntkomma's, decimaalteken ‘,’/).waitFor();
    // Without inwoners in the file, the merged municipalities cannot be averaged into Pajottegem: left out, with a warning.
    const rows = admin.getByRole('table', { name: '3 rijen met opmerkingen' });
    const galmaarden = rows.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: '4', exact: true }) });
    await galmaarden.getByText('Waarschuwing', { exact: true }).waitFor();
    await galmaarden.getByText(/Pajottegem \(23106\)/).first().waitFor();
    await checkA11y(admin, 'catalogus/beheer/import (proefimport)');

    await admin.getByRole('button', { name: 'Importeren', exact: true }).click();
    rmSync(dir, { recursive: true, force: true });
    await admin.getByText(/^Import voltooid: \d+ nieuwe, \d+ gewijzigde en \d+ ongewijzigde waarden\.$/).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Verslag van de import' }).waitFor();
    await admin.getByRole('table', { name: /De laatste imports?/ }).getByText('imonitor-2023.csv (CSV)').waitFor();
    await checkA11y(admin, 'catalogus/beheer/import (geïmporteerd)');

    await admin.goto('/besturen/41002');
    await admin.getByRole('heading', { level: 1, name: 'Aalst' }).waitFor();
    const figures = admin.getByRole('table', { name: 'Kerncijfers van Aalst' });
    const security = figures.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /^Informatieveiligheid/ }) });
    await security.getByText('bron: I-Monitor 2023').waitFor();
    expect(await security.getByRole('cell').first().textContent()).toBe('71,5');
    await admin.getByRole('img', { name: /Aalst vergeleken met de regio en Vlaanderen/ }).waitFor();
    await checkA11y(admin, 'besturen/41002 (profiel)');
  });
});
