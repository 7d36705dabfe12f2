/**
 * Journey: a member chooses direct mail for progress updates and follows a traject (FollowButton) →
 * the lead publishes an update in the team page → the member's bell rises live, the notification opens the
 * update → the administrator sees the mail (HTML and text) in "Uitgaande e-mail".
 * Axe check on every page visited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkA11y, launchBrowser, logIn } from './browser';

const MEMBER = { email: 'sofie@ketenwerk.test', password: 'Ketenwerk-sofie-2025', name: 'Sofie Verbeke' };
const LEAD = { email: 'coordinator@ketenwerk.test', password: 'Ketenwerk-coord-2025', name: 'Koen Coördinator' };
const ADMIN = { email: 'admin@ketenwerk.test', password: 'Ketenwerk-admin-2025', name: 'Ann Beheerder' };
const TRAJECT = { slug: 'digitale-aangifte-overlijden', title: 'Digitale aangifte overlijden' };
const UPDATE_TITLE = `Nieuwe aansluitingen in de regio ${Date.now()}`;

/** The bell's accessible name says how many notifications are unread. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByRole('link', { name: /^Meldingen/ });
  const name = (await bell.textContent()) ?? '';
  return Number(/(\d+) ongelezen/.exec(name)?.[1] ?? 0);
}

describe('meldingen journey', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: Record<'member' | 'lead' | 'admin', BrowserContext> = {} as never;
  const pages: Record<'member' | 'lead' | 'admin', Page> = {} as never;
  let updateId = '';
  let countBefore = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const who of ['member', 'lead', 'admin'] as const) {
      contexts[who] = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' });
      pages[who] = await contexts[who].newPage();
      pages[who].setDefaultTimeout(15_000);
      // A crash of the app shows up as a missing element; say why.
      pages[who].on('pageerror', (error) => console.error(`[${who}] page error:`, error));
    }
  });

  afterAll(async () => {
    await browser?.close();
  });


  it('lets the member choose direct mail for progress updates', async () => {
    const member = pages.member;
    await logIn(member, MEMBER);
    await member.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).waitFor();
    await checkA11y(member, 'home (lid)');

    await member.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
    await member.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await checkA11y(member, 'meldingen');

    await member.getByRole('link', { name: 'Meldingen en e-mail instellen' }).click();
    await member.getByRole('heading', { level: 1, name: 'Meldingen instellen' }).waitFor();
    const direct = member.getByRole('radio', { name: 'Nieuw voortgangsbericht Direct' });
    await direct.waitFor();
    await checkA11y(member, 'account/meldingen');
    await direct.check();
    await member.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await member.getByText('Je e-mailinstellingen zijn opgeslagen.').waitFor();
    await checkA11y(member, 'account/meldingen (opgeslagen)');
  });

  it('lets the member follow the traject', async () => {
    const member = pages.member;
    await member.goto(`/trajecten/${TRAJECT.slug}`);
    await member.getByRole('heading', { level: 1, name: TRAJECT.title }).waitFor();
    const follow = member.getByRole('button', { name: 'Volgen', exact: true, disabled: false });
    await follow.waitFor();
    await checkA11y(member, `trajecten/${TRAJECT.slug}`);
    await follow.click();
    const following = member.getByRole('button', { name: 'Je volgt: Alles' });
    await following.waitFor();
    await following.click();
    await member.getByRole('group', { name: 'Meldingen over dit traject' }).waitFor();
    expect(await member.getByRole('radio', { name: 'Alles' }).isChecked()).toBe(true);
    await checkA11y(member, `trajecten/${TRAJECT.slug} (volgen open)`);
    await member.keyboard.press('Escape');

    // The overview of what one follows shows it, with its level.
    await member.goto('/account/meldingen');
    const row = member.getByRole('listitem').filter({ has: member.getByRole('link', { name: TRAJECT.title }) });
    await row.waitFor();
    expect(await row.getByRole('combobox', { name: `Meldingen over “${TRAJECT.title}”` }).inputValue()).toBe('ALLES');
    await checkA11y(member, 'account/meldingen (volgt traject)');
    countBefore = await unreadCount(member);
  });

  it('raises the member’s bell live when the lead publishes an update, and the link opens it', async () => {
    const member = pages.member;
    const lead = pages.lead;
    await logIn(lead, LEAD);
    await lead.goto(`/trajecten/${TRAJECT.slug}/beheer`);
    await lead.getByRole('heading', { level: 1, name: `Teambeheer: ${TRAJECT.title}` }).waitFor();
    const editor = lead.getByRole('form', { name: 'Nieuw voortgangsbericht' });
    await editor.getByLabel('Titel').fill(UPDATE_TITLE);
    await editor.getByRole('textbox', { name: /^Bericht/ }).fill('Vijf extra gemeenten ontvangen de aangifte nu **digitaal**.');
    await editor.getByRole('radio', { name: 'Nu publiceren' }).check();
    await editor.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await lead.getByText(`${UPDATE_TITLE} is gepubliceerd.`).waitFor();

    // No reload: the count arrives over the socket.
    const bell = member.getByRole('banner').getByRole('link', { name: `Meldingen, ${countBefore + 1} ongelezen` });
    await bell.waitFor({ timeout: 20_000 });
    await checkA11y(member, 'account/meldingen (nieuwe melding)');

    await bell.click();
    await member.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const today = member.getByRole('region', { name: 'Vandaag' });
    const link = today.getByRole('link', { name: new RegExp(UPDATE_TITLE) });
    await link.waitFor();
    // A deep link to the exact update.
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/trajecten/${TRAJECT.slug}#update-[0-9a-f-]{36}$`));
    updateId = href.split('#update-')[1];
    await checkA11y(member, 'meldingen (met melding)');

    await link.click();
    await member.waitForURL((url) => url.pathname === `/trajecten/${TRAJECT.slug}` && url.hash === `#update-${updateId}`);
    await member.getByRole('heading', { name: UPDATE_TITLE }).waitFor();
    await checkA11y(member, `trajecten/${TRAJECT.slug}#update`);
    // Opening it marked it read.
    await member.getByRole('banner').getByRole('link', { name: countBefore ? `Meldingen, ${countBefore} ongelezen` : 'Meldingen' }).waitFor();
  });

  it('shows the mail in the administrator’s outgoing mail, as it will look', async () => {
    const admin = pages.admin;
    await logIn(admin, ADMIN);
    await admin.goto('/beheer/uitgaande-mail');
    await admin.getByRole('heading', { level: 1, name: 'Uitgaande e-mail' }).waitFor();
    const mail = admin.getByRole('listitem').filter({ hasText: MEMBER.email }).filter({ hasText: UPDATE_TITLE });
    const deadline = Date.now() + 20_000;
    while ((await mail.count()) === 0) {
      if (Date.now() > deadline) throw new Error(`Geen e-mail over “${UPDATE_TITLE}” voor ${MEMBER.email}`);
      await admin.getByRole('button', { name: 'Vernieuwen', exact: true }).click();
      await admin.waitForTimeout(500);
    }
    await mail.first().getByText('Toon bericht', { exact: true }).click();

    // The text version, with the deep link…
    const url = `${baseUrl}/trajecten/${TRAJECT.slug}#update-${updateId}`;
    await mail.first().getByRole('link', { name: url }).waitFor();
    // …and the HTML version in a sandboxed frame.
    const frameElement = mail.first().locator('iframe');
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    expect(await frameElement.getAttribute('title')).toContain(UPDATE_TITLE);
    const frame = mail.first().frameLocator('iframe');
    await frame.getByRole('link', { name: 'Lees het voortgangsbericht' }).waitFor();
    expect(await frame.getByRole('link', { name: 'Lees het voortgangsbericht' }).getAttribute('href')).toBe(url);
    await checkA11y(admin, 'beheer/uitgaande-mail (melding)');
  });
});
