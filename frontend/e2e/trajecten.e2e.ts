/**
 * Journey: the trajecten overview (filters, feed links) → a member following "Digitale aangifte overlijden"
 * keeps its page open → the lead (coordinator@, lead in the demo data) publishes an update that reaches a
 * milestone → it appears live for the member → another member (fatima@, Mechelen) asks to take part →
 * the lead accepts → the municipality grid shows Mechelen as participant. Axe check on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y, launchBrowser, logIn } from './browser';

const LEAD = { email: 'coordinator@ketenwerk.test', password: 'Ketenwerk-coord-2025', name: 'Koen Coördinator' };
const FOLLOWER = { email: 'lid@ketenwerk.test', password: 'Ketenwerk-lid-2025', name: 'Lotte Lid' };
// Seeded by the werkruimte demo data; works for Mechelen (12025), which is not involved in this traject yet.
const REQUESTER = { email: 'fatima@ketenwerk.test', password: 'Ketenwerk-fatima-2025', name: 'Fatima El Amrani', bestuur: 'Mechelen' };

const SLUG = 'digitale-aangifte-overlijden';
const TITLE = 'Digitale aangifte overlijden';
const MILESTONE = 'Uitvaartondernemers aangesloten';
const stamp = `${Date.now()}`.slice(-6);
const UPDATE_TITLE = `Alle uitvaartondernemers zijn aangesloten (${stamp})`;

describe('trajecten journey', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let lead: Page;
  let follower: Page;
  let requester: Page;

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
    [lead, follower, requester] = pages;
  });

  afterAll(async () => {
    await browser?.close();
  });


  async function openTraject(page: Page) {
    await page.goto(`/trajecten/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The traject's progress updates are on the first tab.
    await page.getByRole('tabpanel', { name: /Berichten/ }).getByRole('listitem').first().waitFor();
  }

  it('shows the overview with filters and feed links, to anonymous visitors too', async () => {
    const page = requester;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Trajecten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Innovatietrajecten' }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/feeds/trajecten.rss');
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feeds/trajecten.atom');
    // Members-only trajecten are not shown to anonymous visitors.
    expect(await page.getByRole('link', { name: 'MAGDA-toegang voor het sociaal huis' }).count()).toBe(0);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await card.getByRole('progressbar', { name: `Voortgang van ${TITLE}` }).waitFor();
    await checkA11y(page, 'trajecten');

    await page.getByLabel('Status').selectOption({ label: 'Gepauzeerd' });
    await page.getByText('1 traject gevonden').waitFor();
    await page.getByRole('link', { name: 'Gemeenschappelijk evenementenloket' }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    await checkA11y(page, 'trajecten?status=GEPAUZEERD');
  });

  it('lets a member who follows the traject keep its page open', async () => {
    await logIn(follower, FOLLOWER);
    await openTraject(follower);
    const panel = follower.getByRole('region', { name: 'Deelnemen of volgen' });
    if ((await panel.getByText('Je volgt dit traject.').count()) === 0) {
      // Not following in this data set: follow it now.
      await panel.getByRole('button', { name: 'Inschrijven' }).click();
      await panel.getByRole('radio', { name: 'Volgen' }).check();
      await panel.getByRole('button', { name: 'Volgen', exact: true }).click();
    }
    await panel.getByText('Je volgt dit traject.').waitFor();
    expect(await follower.locator(`head link[rel="alternate"][href="/feeds/trajecten/${SLUG}.rss"]`).count()).toBe(1);
    await checkA11y(follower, `trajecten/${SLUG} (volger)`);
  });

  it('lets the lead publish an update that reaches a milestone, which the follower sees live', async () => {
    await logIn(lead, LEAD);
    await openTraject(lead);
    await lead.getByRole('link', { name: 'Berichten, mijlpalen en aanvragen beheren' }).click();
    await lead.getByRole('heading', { level: 1, name: `Teambeheer: ${TITLE}` }).waitFor();
    await checkA11y(lead, `trajecten/${SLUG}/beheer`);

    const editor = lead.getByRole('form', { name: 'Nieuw voortgangsbericht' });
    await editor.getByLabel('Titel').fill(UPDATE_TITLE);
    await editor.getByRole('textbox', { name: /^Bericht/ }).fill(
      'Alle **uitvaartondernemers** geven hun deel van de aangifte nu door via eLys.\n\n- minder overtikwerk\n- sneller een akte',
    );
    await editor.getByRole('tab', { name: 'Voorbeeld' }).click();
    await editor.getByRole('tabpanel', { name: 'Voorbeeld' }).locator('strong', { hasText: 'uitvaartondernemers' }).waitFor();
    await checkA11y(lead, `trajecten/${SLUG}/beheer (voorbeeld)`);
    await editor.getByRole('tab', { name: 'Schrijven' }).click();
    await editor.getByLabel(MILESTONE).selectOption({ label: 'Behaald' });
    await editor.getByRole('radio', { name: 'Nu publiceren' }).check();
    await editor.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await lead.getByText(`${UPDATE_TITLE} is gepubliceerd.`).waitFor();

    // The follower's page was open all along: the update arrives without reloading.
    const item = follower.getByRole('article', { name: new RegExp(UPDATE_TITLE.replace(/[()]/g, '\\$&')) });
    await item.waitFor({ timeout: 20_000 });
    await follower.getByRole('log', { name: 'Net binnen' }).getByText(`Nieuw voortgangsbericht: ${UPDATE_TITLE}`).waitFor();
    await item.getByText(`${MILESTONE}:`).waitFor();
    await follower.getByRole('log', { name: 'Net binnen' }).getByText(`Mijlpaal behaald: ${MILESTONE}`).waitFor();
    await checkA11y(follower, `trajecten/${SLUG} (live bericht)`);

    await follower.getByRole('tab', { name: /Mijlpalen/ }).click();
    const milestone = follower.getByRole('tabpanel', { name: /Mijlpalen/ }).getByRole('listitem').filter({ hasText: MILESTONE });
    await milestone.getByText('Behaald', { exact: true }).waitFor();
    await checkA11y(follower, `trajecten/${SLUG}?tab=mijlpalen`);

    await follower.getByRole('tab', { name: 'Voortgang' }).click();
    await follower.getByRole('img', { name: /Voortgang door de tijd/ }).waitFor();
    await follower.getByText('Toon de gegevens als tabel').click();
    await follower.getByRole('table').filter({ hasText: 'Hoe bepaald' }).waitFor();
    await checkA11y(follower, `trajecten/${SLUG}?tab=voortgang`);
  });

  it('lets another member ask to take part for their bestuur', async () => {
    await logIn(requester, REQUESTER);
    await openTraject(requester);
    const panel = requester.getByRole('region', { name: 'Deelnemen of volgen' });
    await panel.getByRole('button', { name: 'Inschrijven' }).click();
    await panel.getByRole('radio', { name: 'Deelnemen' }).check();
    await panel.getByLabel(/Bericht aan het team/).fill('Mechelen wil in het voorjaar aansluiten; contact via burgerzaken.');
    await checkA11y(requester, `trajecten/${SLUG} (inschrijven)`);
    await panel.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await panel.getByText(`Je aanvraag voor ${REQUESTER.bestuur} is verstuurd naar het team.`).waitFor();
    await panel.getByText(`Je vroeg om met ${REQUESTER.bestuur} deel te nemen. Het team beslist nog.`).waitFor();
    await checkA11y(requester, `trajecten/${SLUG} (aanvraag verstuurd)`);
  });

  it('lets the lead accept the request; the grid then shows the bestuur as participant', async () => {
    await lead.goto(`/trajecten/${SLUG}/beheer`);
    const section = lead.getByRole('region', { name: /Aanvragen om deel te nemen/ });
    const request = section.getByRole('listitem').filter({
      has: lead.getByRole('heading', { name: `${REQUESTER.name} voor ${REQUESTER.bestuur}` }),
    });
    await request.waitFor();
    await request.getByText('Mechelen wil in het voorjaar aansluiten; contact via burgerzaken.').waitFor();
    await request.getByLabel(`Bericht aan ${REQUESTER.name}`).fill('Welkom! We plannen de aansluiting in maart.');
    await checkA11y(lead, `trajecten/${SLUG}/beheer (aanvraag)`);
    await request.getByRole('button', { name: /^Aanvaarden/ }).click();
    await section.getByText(`Je aanvaardde de aanvraag van ${REQUESTER.name}: ${REQUESTER.bestuur} neemt nu deel.`).waitFor();
    await section.getByText('Er wachten geen aanvragen.').waitFor();
    await checkA11y(lead, `trajecten/${SLUG}/beheer (aanvaard)`);

    // The requester's page follows live.
    await requester.getByText(`${REQUESTER.bestuur} neemt deel aan dit traject.`).waitFor({ timeout: 20_000 });

    await lead.getByRole('link', { name: `Terug naar ${TITLE}` }).click();
    await lead.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await lead.getByRole('tab', { name: 'Uitrol' }).click();
    const panel = lead.getByRole('tabpanel', { name: 'Uitrol' });
    await panel.getByRole('heading', { name: 'Alle gemeenten' }).waitFor();
    const mechelen = panel.locator('li.tj-muni').filter({ has: lead.getByRole('link', { name: REQUESTER.bestuur, exact: true }) });
    await mechelen.waitFor();
    expect(await mechelen.getAttribute('data-status')).toBe('DEELNEMER');
    expect(await mechelen.textContent()).toContain('Deelnemer');
    await checkA11y(lead, `trajecten/${SLUG}?tab=uitrol`);

    await lead.getByRole('tab', { name: 'Team en partners' }).click();
    await lead.getByRole('tabpanel', { name: 'Team en partners' }).getByText(LEAD.name).waitFor();
    await checkA11y(lead, `trajecten/${SLUG}?tab=team`);
  });
});
