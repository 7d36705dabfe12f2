import { newComment, newThread, signIn, spaceId } from '../../test/discussions.fixtures.js';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { makeTraject } from '../../test/trajecten.js';
import { DigestsService } from './digests.service.js';
import { NotificationDelivery } from './notifications.enums.js';
import { periodContaining } from './periods.js';
import { bell, data, follow, Q, settle, snapshot } from './test-helpers.js';
import { signUnsubscribe } from './unsubscribe-token.js';

// Notification mails through the outbox: direct mails, one-click unsubscribe, daily and weekly digests.
let app: TestApp;
let central: string;
const SECRET = 'test-secret-for-signed-links-0123456789';
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  central = await spaceId(app, 'centraal');
});
afterAll(() => app.stop());

const person = (name: string) => signIn(app, { name, bestuurCode: '44021' });
const mailsTo = (email: string): Promise<any[]> =>
  app.ds.query(`SELECT subject, text_body AS text, html_body AS html, headers FROM outbox_mails WHERE to_address = $1 ORDER BY created_at`, [email]);

async function replied() {
  const asker = await person('Ann Asker');
  const helper = await person('Hugo Helper');
  const thread = await newThread(asker.client, { spaceId: central, title: 'Hoe koppelen we aan MAGDA?' });
  const comment = await newComment(helper.client, thread.id, 'Via de **KSZ**.');
  await settle(app);
  return { asker, helper, thread, comment };
}

describe('direct mails', () => {
  it('sends one Dutch mail, in HTML and text, with the link, the preferences page and a one-click unsubscribe', async () => {
    const { asker, helper, thread, comment } = await replied();
    const mails = await mailsTo(asker.user.email);
    expect(mails).toHaveLength(1);
    const [m] = mails;
    const link = `http://ketenwerk.test/werkruimte/discussies/${thread.id}#bericht-${comment.id}`;
    expect(m.subject).toBe('Hugo Helper reageerde op je vraag “Hoe koppelen we aan MAGDA?” – Ketenwerk');
    expect(m.text).toContain('Dag Ann Asker,\n\nHugo Helper reageerde op je vraag “Hoe koppelen we aan MAGDA?”.\n\n> Via de KSZ.');
    expect(m.text).toContain(`Bekijk het bericht: ${link}`);
    expect(m.text).toContain('Meldingen instellen: http://ketenwerk.test/account/meldingen');
    expect(m.text).toMatch(/Geen e-mail meer voor meldingen van het type “Reactie op je onderwerp”: http:\/\/ketenwerk\.test\/uitschrijven\?token=\S+/);
    expect(m.text).toContain('— Ketenwerk');
    expect(m.html).toContain(`<a href="${link}">Bekijk het bericht</a>`);
    expect(m.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(m.headers['List-Unsubscribe']).toMatch(/^<http:\/\/ketenwerk\.test\/uitschrijven\?token=[\w-]+\.[\w-]+>$/);
    // The one who replied gets nothing; daily types get no mail of their own.
    expect(await mailsTo(helper.user.email)).toEqual([]);
  });

  it('turns a type off with the one-click link; opening it in a browser only asks', async () => {
    const { asker, helper, thread } = await replied();
    const [m] = await mailsTo(asker.user.email);
    const url = m.headers['List-Unsubscribe'].slice(1, -1).replace('http://ketenwerk.test', app.url);
    const before = await snapshot(app);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect(await snapshot(app)).toEqual(before);

    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Je krijgt geen e-mail meer voor: Reactie op je onderwerp.');
    const prefs = data<any[]>(await asker.client.gql(Q.preferences), 'notificationPreferences');
    expect(prefs.find((p) => p.type === 'REPLY_TO_THREAD')).toMatchObject({ delivery: 'NOOIT', isDefault: false });

    await newComment(helper.client, thread.id, 'Nog een antwoord');
    await settle(app);
    expect((await bell(asker.client)).items[0]).toMatchObject({ excerpt: 'Nog een antwoord', emailDelivery: 'NOOIT' });
    expect(await mailsTo(asker.user.email)).toHaveLength(1);
  });

  it('refuses a forged or expired unsubscribe link and changes nothing', async () => {
    const { asker } = await replied();
    const genuine = signUnsubscribe(SECRET, asker.user.id, 'REPLY_TO_THREAD' as never);
    const [body, sig] = genuine.split('.');
    const otherBody = Buffer.from(JSON.stringify({ u: asker.user.id, s: 'MENTION', e: 4102444800 })).toString('base64url');
    const tokens = [
      `${otherBody}.${sig}`, // someone else's signature on an altered claim
      signUnsubscribe('een-ander-geheim-van-minstens-32-tekens', asker.user.id, 'REPLY_TO_THREAD' as never),
      signUnsubscribe(SECRET, asker.user.id, 'REPLY_TO_THREAD' as never, Date.now() - 91 * 86_400_000), // expired
      `${body}.`, 'onzin',
    ];
    const before = await snapshot(app);
    for (const token of tokens) {
      for (const method of ['GET', 'POST']) {
        const res = await fetch(`${app.url}/uitschrijven?token=${encodeURIComponent(token)}`, { method });
        expect(res.status).toBe(400);
        expect(await res.text()).toContain('Deze uitschrijflink is ongeldig of verlopen. Je instellingen zijn niet gewijzigd.');
      }
    }
    expect(await snapshot(app)).toEqual(before);
  });
});

describe('digests', () => {
  const day = (offsetDays: number, hour: number) => new Date(periodContaining(NotificationDelivery.DAGELIJKS, new Date()).start.getTime() + (offsetDays * 24 + hour) * 3_600_000);

  it('sends each person one daily digest holding exactly what their bell listed for the day, grouped by traject and space', async () => {
    const reader = await person('Dina Digest');
    await reader.client.gql(Q.setPreferences, { input: { items: [{ type: 'REPLY_TO_THREAD', delivery: 'DAGELIJKS' }] } });
    const t = await makeTraject(app, { title: 'Gedeelde DPO' });
    await follow(reader.client, 'TRAJECT', t.id, 'ALLES');
    await follow(reader.client, 'SPACE', central, 'NIEUWE_ONDERWERPEN');
    const admin = await signIn(app, { admin: true, name: 'Bea Beheer' });
    const { createProgressUpdate: u } = (await admin.client.gql(`mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id } }`,
      { input: { trajectId: t.id, title: 'Offerte ontvangen', body: 'Tekst' } })).data as any;
    await admin.client.gql(`mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) { id } }`, { input: { updateId: u.id } });
    const other = await person('Olga Ander');
    await newThread(other.client, { spaceId: central, title: 'Nieuw onderwerp' });
    const own = await newThread(reader.client, { spaceId: central, title: 'Mijn vraag' });
    await newComment(other.client, own.id, 'Een antwoord');
    await settle(app);
    const listed = (await bell(reader.client)).items;
    expect(listed.map((n) => n.type).sort()).toEqual(['NEW_THREAD', 'PROGRESS_UPDATE', 'REPLY_TO_THREAD']);

    const digests = app.app.get(DigestsService);
    expect(await digests.runDue(day(0, 23))).toBe(0); // the day is not over yet
    expect(await digests.runDue(day(1, 8))).toBeGreaterThanOrEqual(1);
    const mails = (await mailsTo(reader.user.email)).filter((m) => m.subject.startsWith('Je dagelijkse samenvatting'));
    expect(mails).toHaveLength(1);
    const [m] = mails;
    expect(m.subject).toBe(`Je dagelijkse samenvatting van Ketenwerk – ${periodContaining(NotificationDelivery.DAGELIJKS, new Date()).label}`);
    const lines = m.text.split('\n');
    const items = lines.filter((l: string) => /^- \d\d:\d\d {2}/.test(l)).map((l: string) => l.slice(9));
    expect(items.sort()).toEqual(listed.map((n) => n.summary).sort());
    for (const n of listed) expect(m.text).toContain(`http://ketenwerk.test${n.link}`);
    expect(lines).toContain('Traject: Gedeelde DPO');
    expect(lines).toContain('Werkruimte: Centrale werkruimte');
    expect(m.text).toContain(', 3 meldingen):');
    expect(m.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(m.html).toContain('<h3 style="margin:20px 0 6px;font-size:16px">Traject: Gedeelde DPO</h3>');

    // Once per period: running again sends nothing more.
    await digests.runDue(day(1, 9));
    expect((await mailsTo(reader.user.email)).filter((x) => x.subject.startsWith('Je dagelijkse'))).toHaveLength(1);
  });

  it('puts weekly types in the weekly digest, and unsubscribing from it turns those types off', async () => {
    const reader = await person('Walter Week');
    await reader.client.gql(Q.setPreferences, { input: { items: [{ type: 'NEW_THREAD', delivery: 'WEKELIJKS' }] } });
    await follow(reader.client, 'SPACE', central, 'NIEUWE_ONDERWERPEN');
    await newThread((await person('Olga Ander')).client, { spaceId: central, title: 'Voor de week' });
    await settle(app);
    const week = periodContaining(NotificationDelivery.WEKELIJKS, new Date());
    await app.app.get(DigestsService).runDue(new Date(week.end.getTime() + 8 * 3_600_000));
    const [m] = (await mailsTo(reader.user.email)).filter((x) => x.subject.startsWith('Je wekelijkse samenvatting'));
    expect(m.subject).toBe(`Je wekelijkse samenvatting van Ketenwerk – ${week.label}`);
    expect(m.text).toContain('startte “Voor de week” in Centrale werkruimte');
    const res = await fetch(m.headers['List-Unsubscribe'].slice(1, -1).replace('http://ketenwerk.test', app.url), { method: 'POST' });
    expect(res.status).toBe(200);
    const prefs = data<any[]>(await reader.client.gql(Q.preferences), 'notificationPreferences');
    expect(prefs.filter((p) => p.delivery === 'WEKELIJKS')).toEqual([]);
    expect(prefs.find((p) => p.type === 'NEW_THREAD').delivery).toBe('NOOIT');
  });

  it('shows administrators a digest as it will look, and nobody else', async () => {
    const reader = await person('Piet Preview');
    await follow(reader.client, 'SPACE', central, 'NIEUWE_ONDERWERPEN');
    await newThread((await person('Olga Ander')).client, { spaceId: central, title: 'Te bekijken' });
    await settle(app);
    const q = `query($u: ID!) { digestPreview(userId: $u) { to subject text html itemCount } }`;
    const admin = await signIn(app, { admin: true });
    const p = data(await admin.client.gql(q, { u: reader.user.id }), 'digestPreview');
    expect(p).toMatchObject({ to: reader.user.email, itemCount: 1 });
    expect(p.text).toContain('Olga Ander startte “Te bekijken” in Centrale werkruimte');
    expect(codeOf(await reader.client.gql(q, { u: reader.user.id }))).toBe('FORBIDDEN');
  });
});
