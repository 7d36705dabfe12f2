/**
 * Journey: the werkruimte, live, in two browsers. A new member of Merelbeke-Melle (Regio Gent)
 * registers; the coordinator of Regio Gent asks a question in that region's space; the member sees
 * it appear in the list without reloading, opens it and answers; the coordinator sees the answer
 * arrive without reloading and marks it as the answer. Then a comment full of XSS is previewed and
 * rendered by the real browser: nothing runs. A third person posts an advertisement, the member
 * reports it, and the coordinator hides it and closes the report from the moderation queue; an
 * administrator finds that in the moderation log. Search and the region page show the question.
 * Axe on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y, launchBrowser, logIn } from './browser';

const COORDINATOR = { email: 'coordinator@ketenwerk.test', password: 'Ketenwerk-coord-2025', name: 'Koen Coördinator' };
const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const MEMBER = {
  email: `els.desmet.${stamp}@e2e.ketenwerk.test`,
  displayName: `Els De Smet ${stamp}`,
  password: 'Een-lang-wachtwoord-42',
};
const TITLE = `Wie koppelde het e-loket al aan MAGDA? (${stamp})`;
const ANSWER = 'Wij wel: vraag eerst een toetreding aan, de leverancier doet de rest.';
const SOFIE = { email: 'sofie@ketenwerk.test', password: 'Ketenwerk-sofie-2025', name: 'Sofie Verbeke' };
const ADMIN = { email: 'admin@ketenwerk.test', password: 'Ketenwerk-admin-2025', name: 'Ann Beheerder' };
const ADVERT = `Koop nu onze MAGDA-connector met 50% korting! (${stamp})`;
const REPORT_REASON = 'Reclame voor een leverancier, hoort hier niet thuis.';
const HIDE_REASON = 'Reclame';

/** Set on the window; still there later means the page was never reloaded. */
async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
}
async function expectNoReload(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

describe('werkruimte journey', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let memberContext: BrowserContext;
  let coordinator: Page;
  let member: Page;
  let threadUrl = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinatorContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    memberContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    coordinator = await coordinatorContext.newPage();
    member = await memberContext.newPage();
    for (const page of [coordinator, member]) {
      page.setDefaultTimeout(15_000);
      // An XSS payload that runs would typically open a dialog: record it and fail below.
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
  });


  it('shows anonymous visitors no werkruimte', async () => {
    await member.goto('/');
    await member.getByRole('link', { name: 'Aanmelden', exact: true }).waitFor();
    const nav = member.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link', { name: 'Werkruimte' }).count()).toBe(0);
    await member.goto('/werkruimte');
    await member.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await member.goto('/regios/regio-gent');
    await member.getByRole('heading', { level: 1, name: 'Regio Gent' }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Gemeenten in deze regio' }).waitFor();
    expect(await member.getByRole('heading', { name: 'Werkruimte van de kenniskring' }).count()).toBe(0);
  });

  it('registers a member of Merelbeke-Melle, in Regio Gent', async () => {
    await member.goto('/registreren');
    await member.getByRole('heading', { level: 1, name: 'Registreren' }).waitFor();
    await member.getByLabel('E-mailadres').fill(MEMBER.email);
    await member.getByLabel('Weergavenaam').fill(MEMBER.displayName);
    await member.getByLabel('Wachtwoord', { exact: true }).fill(MEMBER.password);
    await member.getByLabel(/Functie/).fill('Diensthoofd burgerzaken');
    await member.getByRole('combobox', { name: /Bestuur of organisatie/ }).pressSequentially('Merelbeke', { delay: 20 });
    await member.getByRole('option', { name: /Merelbeke-Melle/ }).click();
    await member.getByRole('button', { name: 'Registreren' }).click();
    await member.getByText('Controleer je mailbox om je e-mailadres te bevestigen').waitFor();
    await logIn(member, { email: MEMBER.email, password: MEMBER.password, name: MEMBER.displayName });
  });

  it('lets the member follow Regio Gent while the coordinator asks a question there', async () => {
    await member.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Werkruimte' }).click();
    await member.getByRole('heading', { level: 1, name: 'Werkruimte' }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Onderwerpen in Centrale werkruimte' }).waitFor();
    await checkA11y(member, 'werkruimte (centraal)');
    // Their own kenniskring comes right after the central space.
    const spaces = member.getByRole('navigation', { name: 'Werkruimtes' });
    await spaces.getByRole('list', { name: 'Jouw kenniskring' }).getByRole('link', { name: /Regio Gent/ }).click();
    await member.getByRole('heading', { level: 2, name: 'Onderwerpen in Regio Gent' }).waitFor();
    await member.getByRole('link', { name: /Volgende kenniskring/ }).waitFor();
    await checkA11y(member, 'werkruimte (regio-gent)');
    await markNoReload(member);

    await logIn(coordinator, { email: COORDINATOR.email, password: COORDINATOR.password, name: COORDINATOR.name });
    await coordinator.goto('/werkruimte?ruimte=regio-gent');
    await coordinator.getByRole('heading', { level: 2, name: 'Onderwerpen in Regio Gent' }).waitFor();
    await coordinator.getByRole('link', { name: 'Nieuwe vraag' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Nieuwe vraag of discussie' }).waitFor();
    expect(await coordinator.getByLabel('Werkruimte').inputValue()).not.toBe('');
    await coordinator.getByLabel('Titel').fill(TITLE);
    await coordinator.getByRole('textbox', { name: 'Bericht' }).fill(
      'We willen het **e-loket** van de sociale dienst aan MAGDA koppelen.\n\n- Welke machtiging?\n- Welke leverancier?',
    );
    await coordinator.getByRole('button', { name: 'Voorbeeld' }).click();
    await coordinator.getByRole('region', { name: 'Voorbeeld' }).locator('strong', { hasText: 'e-loket' }).waitFor();
    await checkA11y(coordinator, 'werkruimte/nieuw (voorbeeld)');
    await coordinator.getByRole('button', { name: 'Schrijven' }).click();
    await coordinator.getByLabel(/Tags/).fill('magda, e-loket');
    await coordinator.getByRole('button', { name: 'Plaatsen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    threadUrl = new URL(coordinator.url()).pathname;
    expect(threadUrl).toMatch(/^\/werkruimte\/onderwerp\/[0-9a-f-]{36}$/);
    await coordinator.getByText('Nog geen reacties. Weet jij het antwoord?').waitFor();
    await checkA11y(coordinator, 'werkruimte/onderwerp (nieuw)');
    await markNoReload(coordinator);

    // The member's list shows it without reloading.
    await member.getByRole('link', { name: TITLE }).waitFor();
    await member.getByText(`Nieuw onderwerp: ${TITLE}`).waitFor({ state: 'attached' });
    await expectNoReload(member);
  });

  it('lets the member answer and the coordinator see it arrive live and mark it as the answer', async () => {
    await member.getByRole('link', { name: TITLE }).click();
    await member.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await checkA11y(member, 'werkruimte/onderwerp (lid)');
    // Both are on the page: each sees the other among the viewers.
    await coordinator.getByText(MEMBER.displayName, { exact: false }).first().waitFor();

    const reply = member.getByRole('textbox', { name: 'Je reactie' });
    await reply.pressSequentially('Wij wel: ', { delay: 30 });
    await coordinator.getByText(`${MEMBER.displayName} is aan het typen…`).waitFor();
    await reply.fill(ANSWER);
    await member.getByRole('button', { name: 'Reageren', exact: true }).click();
    await member.getByRole('article', { name: MEMBER.displayName }).filter({ hasText: ANSWER }).waitFor();

    const answer = coordinator.getByRole('article', { name: MEMBER.displayName }).filter({ hasText: ANSWER });
    await answer.waitFor();
    await coordinator.getByRole('heading', { level: 2, name: '1 reactie' }).waitFor();
    await expectNoReload(coordinator);
    await answer.getByRole('button', { name: 'Markeer als antwoord' }).click();
    await answer.getByText('Aanvaard antwoord').waitFor();
    await coordinator.getByText('Deze vraag is beantwoord.').waitFor();
    await checkA11y(coordinator, 'werkruimte/onderwerp (beantwoord)');
    await expectNoReload(coordinator);

    // The member sees it too, live.
    await member.getByText('Deze vraag is beantwoord.').waitFor();
    await member.getByRole('article', { name: MEMBER.displayName }).filter({ hasText: ANSWER }).getByText('Aanvaard antwoord').waitFor();
  });

  it('renders an XSS attempt inert in the real browser', async () => {
    const payload = [
      'Kijk hier <img src=x onerror="window.__xss=1"> en <script>window.__xss=2</script>',
      '',
      '[x](javascript:alert(1)) [y](JAVASCRIPT:window.__xss=3) <a href="javascript:alert(1)" onclick="window.__xss=4">z</a>',
      '',
      '<svg onload="window.__xss=5"></svg> <iframe src="javascript:alert(1)"></iframe>',
    ].join('\n');
    await member.getByRole('textbox', { name: 'Je reactie' }).fill(payload);
    // The preview is the server's rendering: already inert before it is posted.
    await member.getByRole('button', { name: 'Voorbeeld' }).click();
    await member.getByRole('region', { name: 'Voorbeeld' }).getByText('Kijk hier').waitFor();
    expect(await member.getByRole('region', { name: 'Voorbeeld' }).locator('script, svg, iframe, [onerror], [onload], [href^="javascript:" i]').count()).toBe(0);
    await member.getByRole('button', { name: 'Schrijven' }).click();
    await member.getByRole('button', { name: 'Reageren', exact: true }).click();
    const mine = member.getByRole('article', { name: MEMBER.displayName }).filter({ hasText: 'Kijk hier' });
    await mine.waitFor();
    const theirs = coordinator.getByRole('article', { name: MEMBER.displayName }).filter({ hasText: 'Kijk hier' });
    await theirs.waitFor();
    await coordinator.waitForTimeout(500);

    for (const page of [member, coordinator]) {
      const result = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
        javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        handlers: [...document.querySelectorAll('.markdown *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        dangerous: document.querySelectorAll('.markdown script, .markdown svg, .markdown iframe').length,
      }));
      expect(result).toEqual({ xss: null, javascriptLinks: 0, handlers: 0, dangerous: 0 });
    }
    // The link text survives, without a javascript: target.
    expect(await theirs.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContain('javascript:alert(1)');
    expect(dialogs).toEqual([]);
  });

  it('lets the member report an advertisement and the coordinator hide it and close the report from the queue', async () => {
    const sofieContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    const sofie = await sofieContext.newPage();
    sofie.setDefaultTimeout(15_000);
    await logIn(sofie, SOFIE);
    await sofie.goto(threadUrl);
    await sofie.getByRole('textbox', { name: 'Je reactie' }).fill(ADVERT);
    await sofie.getByRole('button', { name: 'Reageren', exact: true }).click();
    await sofie.getByRole('article', { name: SOFIE.name }).filter({ hasText: ADVERT }).waitFor();
    await sofieContext.close();

    // The member sees it arrive and reports it.
    const advert = member.getByRole('article', { name: SOFIE.name }).filter({ hasText: ADVERT });
    await advert.waitFor();
    await advert.getByRole('button', { name: 'Melden' }).click();
    await advert.getByLabel('Waarom meld je dit bericht?').fill(REPORT_REASON);
    await advert.getByRole('button', { name: 'Melding versturen' }).click();
    await advert.getByText('Bedankt. Een moderator bekijkt je melding.').waitFor();
    // Members moderate nothing: no link to the queue.
    await member.goto('/werkruimte');
    await member.getByRole('heading', { level: 1, name: 'Werkruimte' }).waitFor();
    expect(await member.getByRole('link', { name: /^Moderatie/ }).count()).toBe(0);

    // The coordinator of Regio Gent finds it in the queue.
    await coordinator.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Werkruimte' }).click();
    await coordinator.getByRole('link', { name: 'Moderatie, 1 open melding' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Moderatie' }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Open meldingen' }).waitFor();
    const report = coordinator.getByRole('article', { name: `Reactie in “${TITLE}”` });
    await report.getByText(REPORT_REASON).waitFor();
    await report.getByText(ADVERT).waitFor();
    await report.getByText(`Geschreven door ${SOFIE.name} · Regio Gent`).waitFor();
    await report.getByText(new RegExp(MEMBER.displayName)).waitFor();
    await checkA11y(coordinator, 'werkruimte/moderatie');

    // The link goes to the comment itself.
    await report.getByRole('link', { name: `Reactie in “${TITLE}”` }).click();
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(coordinator.url()).hash).toMatch(/^#bericht-[0-9a-f-]{36}$/);
    await coordinator.waitForFunction(() => document.activeElement?.id === window.location.hash.slice(1));
    expect(await coordinator.evaluate(() => document.activeElement?.textContent ?? '')).toContain(ADVERT);
    await coordinator.goBack();

    await report.getByRole('button', { name: 'Reactie verbergen…' }).click();
    await report.getByLabel('Reden om te verbergen').fill(HIDE_REASON);
    await report.getByRole('button', { name: 'Verbergen en afhandelen' }).click();
    await coordinator.getByText(`De reactie in “${TITLE}” is verborgen en de melding is afgehandeld.`).waitFor();
    await coordinator.getByText('Er zijn geen open meldingen. Alles is bekeken.').waitFor();
    expect(await coordinator.getByRole('article', { name: `Reactie in “${TITLE}”` }).count()).toBe(0);
    await checkA11y(coordinator, 'werkruimte/moderatie (afgehandeld)');

    await coordinator.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Afgehandeld' });
    await coordinator.getByRole('heading', { level: 2, name: 'Afgehandelde meldingen' }).waitFor();
    await coordinator
      .getByRole('article', { name: `Reactie in “${TITLE}”` })
      .getByText(new RegExp(`^Afgehandeld door ${COORDINATOR.name} op`))
      .waitFor();

    // In the thread, others see the reason instead of the advertisement.
    await member.goto(threadUrl);
    const hidden = member.getByRole('article', { name: SOFIE.name }).filter({ hasText: 'Verborgen door een moderator' });
    await hidden.getByText(`Reden: ${HIDE_REASON}`).waitFor();
    expect(await member.getByText(ADVERT).count()).toBe(0);
  });

  it('shows the administrator who hid the comment, and why, in the moderation log', async () => {
    const adminContext = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(15_000);
    try {
      await logIn(admin, ADMIN);
      await admin.goto('/werkruimte/moderatie');
      await admin.getByRole('heading', { level: 1, name: 'Moderatie' }).waitFor();
      await admin.getByRole('navigation', { name: 'Moderatie' }).getByRole('link', { name: 'Moderatielogboek' }).click();
      await admin.getByRole('heading', { level: 2, name: 'Moderatielogboek' }).waitFor();
      const entry = admin.getByRole('article', { name: 'Reactie verborgen' }).filter({ hasText: COORDINATOR.name }).first();
      await entry.getByRole('row', { name: `Reden leeg ${HIDE_REASON}` }).waitFor();
      await entry.getByRole('row', { name: 'Verborgen Nee Ja' }).waitFor();
      await admin.getByRole('article', { name: 'Melding afgesloten' }).first().getByRole('row', { name: 'Status Open Afgehandeld' }).waitFor();
      await checkA11y(admin, 'werkruimte/moderatie/logboek');
    } finally {
      await adminContext.close();
    }
  });

  it('finds the question in search and on the region page', async () => {
    await coordinator.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Werkruimte' }).click();
    await coordinator.getByRole('link', { name: 'Zoeken in de werkruimte' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Zoeken in de werkruimte' }).waitFor();
    await coordinator.getByRole('searchbox', { name: 'Zoekterm' }).fill('e-loket koppelen');
    await coordinator.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const hit = coordinator.getByRole('listitem').filter({ hasText: TITLE });
    await hit.waitFor();
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    await checkA11y(coordinator, 'werkruimte/zoeken');

    await coordinator.goto('/regios/regio-gent');
    await coordinator.getByRole('heading', { level: 2, name: 'Werkruimte van de kenniskring' }).waitFor();
    await coordinator.getByRole('link', { name: TITLE }).waitFor();
    await checkA11y(coordinator, 'regios/regio-gent (werkruimte)');
    await coordinator.getByRole('link', { name: 'Naar de werkruimte van Regio Gent' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Onderwerpen in Regio Gent' }).waitFor();
  });
});
