import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ical from 'node-ical';
import Parser from 'rss-parser';
import { createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { addMember, addMilestone, addUpdate, makeTraject, type TrajectRow } from '../../test/trajecten.js';

let app: TestApp;
let open: TrajectRow;
let hidden: TrajectRow;
const parser = new Parser();

beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  open = await makeTraject(app, { title: 'Openbaar traject' });
  hidden = await makeTraject(app, { title: 'Besloten traject', visibility: 'MEMBERS' });
  const author = await createUser(app, { name: 'Koen Trekker' });
  await addUpdate(app, open.id, { status: 'PUBLISHED', title: 'Eerste bericht', body: 'Hallo **allemaal**.\n\n<script>alert(1)</script><a href="javascript:x()">klik</a>', authorId: author.id });
  await addUpdate(app, open.id, { status: 'PUBLISHED', title: 'Tweede bericht', body: 'Verder.' });
  await addUpdate(app, open.id, { title: 'Nog een concept' });
  await addUpdate(app, hidden.id, { status: 'PUBLISHED', title: 'Geheim bericht' });
  // Newest first: make the publication times distinct and known.
  await app.ds.query(`UPDATE progress_updates SET published_at = now() - interval '2 days' WHERE title = 'Eerste bericht'`);
  await app.ds.query(`UPDATE progress_updates SET published_at = now() - interval '1 day' WHERE title = 'Tweede bericht'`);
  await addMilestone(app, open.id, { title: 'Piloot gestart', due: '2025-03-31', status: 'BEHAALD' });
  await addMilestone(app, open.id, { title: 'Uitrol', due: '2026-01-15' });
  await addMilestone(app, hidden.id, { title: 'Geheime mijlpaal' });
});
afterAll(() => app.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });

describe('RSS and Atom feeds', () => {
  it('list the published updates of public trajecten only, newest first, in valid RSS 2.0 and Atom', async () => {
    for (const path of ['/feeds/trajecten.rss', '/feeds/trajecten.atom']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(path.endsWith('.rss') ? /^application\/rss\+xml/ : /^application\/atom\+xml/);
      const feed = await parser.parseString(await res.text());
      const titles = feed.items.map((i) => i.title);
      expect(titles).toEqual(['Openbaar traject: Tweede bericht', 'Openbaar traject: Eerste bericht']);
      expect(feed.items[0].link).toMatch(new RegExp(`^http://ketenwerk\\.test/trajecten/${open.slug}#update-[0-9a-f-]{36}$`));
    }
  });

  it('serve one traject\'s updates, with Markdown as HTML and nothing a reader would run', async () => {
    const rss = await parser.parseString(await (await get(`/feeds/trajecten/${open.slug}.rss`)).text());
    expect(rss.title).toBe('Openbaar traject — voortgang');
    expect(rss.items.map((i) => i.title)).toEqual(['Tweede bericht', 'Eerste bericht']);
    const first = rss.items[1] as Parser.Item & { 'content:encoded': string };
    expect(first.contentSnippet).toBe('Hallo allemaal. klik');
    expect(first['content:encoded']).toContain('<strong>allemaal</strong>');
    expect(first['content:encoded']).not.toMatch(/<script|javascript:|alert/);
    expect(first.creator ?? (first as any).author).toBe('Koen Trekker');
    const atom = await parser.parseString(await (await get(`/feeds/trajecten/${open.slug}.atom`)).text());
    expect(atom.items.map((i) => i.title)).toEqual(['Tweede bericht', 'Eerste bericht']);
    expect(atom.items[0].id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(atom.items[1].content).toContain('<strong>allemaal</strong>');
    expect(atom.items[1].content).not.toMatch(/<script|javascript:|alert/);
  });

  it('never show a members-only traject: its feeds answer 404 like an unknown one', async () => {
    for (const slug of [hidden.slug, 'bestaat-niet']) {
      for (const path of [`/feeds/trajecten/${slug}.rss`, `/feeds/trajecten/${slug}.atom`, `/feeds/trajecten/${slug}/mijlpalen.ics`]) {
        const res = await get(path);
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ errors: [{ message: 'Traject niet gevonden.', extensions: { code: 'NOT_FOUND' } }] });
      }
    }
    // Not even for a signed-in member: feeds are public documents.
    const { client } = await signedIn(app);
    expect((await get(`/feeds/trajecten/${hidden.slug}.rss`, { cookie: client.cookie! })).status).toBe(404);
  });

  it('answer 304 for an unchanged feed (ETag or Last-Modified), and 200 once something changes', async () => {
    const path = `/feeds/trajecten/${open.slug}.rss`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    const byEtag = await get(path, { 'if-none-match': etag });
    expect(byEtag.status).toBe(304);
    expect(await byEtag.text()).toBe('');
    expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(path, { 'if-none-match': '"iets-anders"' })).status).toBe(200);

    await app.ds.query(`UPDATE progress_updates SET edited_at = now() + interval '5 seconds', title = 'Tweede bericht (bijgewerkt)' WHERE title = 'Tweede bericht'`);
    const changed = await get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(200);
    const feed = await parser.parseString(await changed.text());
    expect(feed.items[0].title).toBe('Tweede bericht (bijgewerkt)');
    await app.ds.query(`UPDATE progress_updates SET edited_at = NULL, title = 'Tweede bericht' WHERE title = 'Tweede bericht (bijgewerkt)'`);
  });
});

describe('the iCalendar feed of milestones', () => {
  it('is a valid calendar with one all-day event per milestone', async () => {
    const res = await get(`/feeds/trajecten/${open.slug}/mijlpalen.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await res.text())).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.map((e) => e.summary).sort()).toEqual(['Piloot gestart (behaald)', 'Uitrol (gepland)']);
    const uitrol = events.find((e) => String(e.summary).startsWith('Uitrol'))!;
    expect(uitrol.datetype).toBe('date');
    expect([uitrol.start.getFullYear(), uitrol.start.getMonth() + 1, uitrol.start.getDate()]).toEqual([2026, 1, 15]);
    const again = await get(`/feeds/trajecten/${open.slug}/mijlpalen.ics`, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });
});

describe('feeds next to the web app', () => {
  it('are served, not the app shell, to a browser asking for HTML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kw-web-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Ketenwerk</title>');
    const withWeb = await startTestApp({ MAIL_POLL_SECONDS: '86400', FRONTEND_DIST: dir });
    try {
      const t = await makeTraject(withWeb);
      const res = await fetch(`${withWeb.url}/feeds/trajecten/${t.slug}.rss`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-type')).toMatch(/rss\+xml/);
      const csv = await fetch(`${withWeb.url}/exports/trajecten/${t.slug}/deelnemers.csv`, { headers: { accept: 'text/html' } });
      expect(csv.status).toBe(401);
      expect((await fetch(`${withWeb.url}/trajecten/${t.slug}`, { headers: { accept: 'text/html' } })).headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      await withWeb.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the subscriber export (CSV)', () => {
  const path = (slug: string) => `/exports/trajecten/${slug}/deelnemers.csv`;

  it('gives the team the list, with formula injection neutralised', async () => {
    const t = await makeTraject(app);
    const lead = await signedIn(app);
    await addMember(app, t.id, lead.user.id, 'LEAD');
    const evil = await createUser(app, { name: '=HYPERLINK("http://evil.example";"klik")', bestuurCode: '44021' });
    await app.ds.query(`UPDATE users SET job_title = '+32 9 123 45 67' WHERE id = $1`, [evil.id]);
    await app.ds.query(
      `INSERT INTO traject_subscriptions (traject_id, user_id, level, request_status, request_message, bestuur_id, created_at)
       VALUES ($1, $2, 'DEELNEMEN', 'PENDING', '@SUM(A1:A9)', (SELECT id FROM besturen WHERE code = '44021'), '2025-05-01T10:00:00Z')`,
      [t.id, evil.id],
    );
    const res = await get(path(t.slug), { cookie: lead.client.cookie! });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="deelnemers-${t.slug}.csv"`);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('naam;e-mailadres;functie;bestuur;NIS-code;niveau;aanvraag;bericht;ingeschreven op');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"";""klik"")";${evil.email};'+32 9 123 45 67;Gent;44021;deelnemen;in behandeling;'@SUM(A1:A9);2025-05-01T10:00:00.000Z`,
    );
    expect(lines).toHaveLength(2);
  });

  it('is refused to anyone outside the team, and to anonymous visitors even for an unknown slug', async () => {
    const t = await makeTraject(app, { visibility: 'MEMBERS' });
    const outsider = await signedIn(app);
    expect((await get(path(t.slug))).status).toBe(401);
    expect((await get(path('bestaat-niet'))).status).toBe(401);
    const forbidden = await get(path(t.slug), { cookie: outsider.client.cookie! });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get(path('bestaat-niet'), { cookie: outsider.client.cookie! })).status).toBe(404);
    const admin = await signedIn(app, { admin: true });
    expect((await get(path(t.slug), { cookie: admin.client.cookie! })).status).toBe(200);
  });
});
