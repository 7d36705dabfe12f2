import { startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, Q, signIn, spaceId, type Cast } from '../../test/discussions.fixtures.js';
import { settingsPool } from '../../database/settings-pool.js';
import { SEARCH_SETTINGS } from './search.service.js';
import { COMMENT_CANDIDATES, RECENT_COMMENTS, SEARCH_TIMEOUT_MS } from './search.sql.js';

let app: TestApp;
let p: Cast;
let gent: string;
let central: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
  gent = await spaceId(app, 'regio-gent');
  central = await spaceId(app, 'centraal');
  const author = await signIn(app, { bestuurCode: '44021' });
  const c = author.client;
  ids.koppeling = (await newThread(c, { spaceId: central, title: 'Koppeling van de burgerlijke stand met de aangifte van overlijden', body: 'Wie heeft dit al?' })).id;
  ids.body = (await newThread(c, { spaceId: central, title: 'Vraag over software', body: 'Onze burgerlijke stand wil <b>koppelen</b> met het Rijksregister, kosten < 5000 & "snel".' })).id;
  ids.discussie = (await newThread(c, { spaceId: central, kind: 'DISCUSSIE', title: 'Koppelingen en leveranciers: ervaringen', body: 'Deel je ervaring.' })).id;
  ids.kring = (await newThread(c, { spaceId: gent, membersOnly: true, title: 'Gezamenlijke koppeling binnen de kring', body: 'Enkel voor Gent.' })).id;
  ids.magda = (await newThread(c, { spaceId: gent, title: 'MAGDA voor de sociale dienst', body: 'Welke machtiging?' })).id;
  ids.answer = (await newComment(p.coordinator.client, ids.magda, 'Vraag het na bij je informatieveiligheidsconsulent: die kent de beraadslagingen.')).id;
  ids.hidden = (await newComment(p.otherMember.client, ids.magda, 'De informatieveiligheidsconsulenten van Aalst weten het.')).id;
  ok(await p.coordinator.client.gql(Q.hide, { input: { commentId: ids.hidden, reason: 'Onjuist' } }), 'hideComment');
  ids.deleted = (await newComment(p.otherMember.client, ids.magda, 'Informatieveiligheidsconsulent bellen!')).id;
  ok(await p.otherMember.client.gql(Q.deleteComment, { input: { commentId: ids.deleted } }), 'deleteComment');
});
afterAll(() => app.stop());

const SEARCH = `query($q: String!, $spaceId: ID, $kind: ThreadKind) { searchDiscussions(query: $q, spaceId: $spaceId, kind: $kind) {
  rank snippet thread { id title } comment { id }
} }`;
const search = async (who: keyof Cast, q: string, o: Record<string, unknown> = {}) => ok(await p[who].client.gql(SEARCH, { q, ...o }), 'searchDiscussions');

describe('full-text search', () => {
  it('finds Dutch words in any form, title matches first, with highlighted snippets', async () => {
    const hits = await search('member', 'koppelingen burgerlijke');
    expect(hits.map((h: any) => h.thread.id)).toEqual([ids.koppeling, ids.body]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    expect(hits[0].snippet).toContain('<mark>Koppeling</mark>');
    expect(hits[0].snippet).toContain('<mark>burgerlijke</mark>');
    // The member's own markup is shown as text, never as HTML.
    expect(hits[1].snippet).toContain('<mark>koppelen</mark>');
    expect(hits[1].snippet).toContain('kosten &lt; 5000 &amp; &quot;snel');
    expect(hits[1].snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('finds comments, but not hidden or deleted ones', async () => {
    const hits = await search('member', 'informatieveiligheidsconsulent');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ thread: { id: ids.magda }, comment: { id: ids.answer } });
    expect(hits[0].snippet).toContain('<mark>informatieveiligheidsconsulent</mark>');
  });

  it('shows "alleen kenniskring" threads only to the kenniskring', async () => {
    const found = (hits: any[]) => hits.map((h) => h.thread.id).includes(ids.kring);
    expect(found(await search('member', 'koppeling'))).toBe(true);
    expect(found(await search('coordinator', 'koppeling'))).toBe(true);
    expect(found(await search('otherMember', 'koppeling'))).toBe(false);
    expect(found(await search('otherCoordinator', 'koppeling'))).toBe(false);
  });

  it('filters by space and by kind, and understands quotes and exclusions', async () => {
    expect((await search('member', 'koppeling', { spaceId: gent })).map((h: any) => h.thread.id)).toEqual([ids.kring]);
    expect((await search('member', 'koppeling', { kind: 'DISCUSSIE' })).map((h: any) => h.thread.id)).toEqual([ids.discussie]);
    expect((await search('member', '"burgerlijke stand" -overlijden')).map((h: any) => h.thread.id)).toEqual([ids.body]);
    expect(await search('member', 'ruimtevaart')).toEqual([]);
  });
});

describe('ranking, phrases and access with bounded candidates', () => {
  it('puts a title match above a comment that mentions the words in passing', async () => {
    const c = p.member.client;
    const passing = (await newThread(c, { spaceId: central, title: 'Allerlei vragen na de opleiding', body: 'Wat blijft er hangen?' })).id;
    const mention = (await newComment(c, passing, 'Trouwens: de bewaartermijn voor camerabeelden kwam ook even ter sprake.')).id;
    const titled = (await newThread(c, { spaceId: central, title: 'Bewaartermijn van camerabeelden', body: 'Hoe lang bewaren jullie ze?' })).id;
    const hits = await search('otherMember', 'bewaartermijn camerabeelden');
    expect(hits.map((h: any) => [h.thread.id, h.comment?.id ?? null])).toEqual([[titled, null], [passing, mention]]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    expect(hits[1].snippet).toContain('<mark>bewaartermijn</mark>');
    // The thread and comment of a hit are whole: their space, author and dates resolve as anywhere else.
    const full = ok(await p.otherMember.client.gql(`query($q: String!) { searchDiscussions(query: $q) {
      thread { id replyCount createdAt space { id } author { id } } comment { id createdAt author { id } }
    } }`, { q: 'bewaartermijn camerabeelden' }), 'searchDiscussions');
    expect(full[1]).toMatchObject({ thread: { id: passing, replyCount: 1, space: { id: central }, author: { id: p.member.user.id } }, comment: { id: mention, author: { id: p.member.user.id } } });
    expect(new Date(full[1].comment.createdAt).getTime()).toBeGreaterThan(new Date(full[1].thread.createdAt).getTime() - 1);
  });

  it('matches a quoted phrase only where its words stand together, also in comments', async () => {
    const c = p.member.client;
    const together = (await newThread(c, { spaceId: central, title: 'Ervaringen met het nieuwe platform', body: 'Vertel.' })).id;
    const hit = (await newComment(c, together, 'Onze digitale handtekening werkt nu ook op het e-loket.')).id;
    const apart = (await newThread(c, { spaceId: central, title: 'Handtekening op papier', body: 'De handtekening blijft, het formulier wordt digitale kost.' })).id;
    const hits = await search('otherMember', '"digitale handtekening"');
    expect(hits.map((h: any) => [h.thread.id, h.comment?.id ?? null])).toEqual([[together, hit]]);
    expect(hits[0].snippet).toContain('<mark>digitale</mark> <mark>handtekening</mark>');
    // Both words, in any order: both threads; excluding the phrase keeps only the other one.
    expect((await search('otherMember', 'digitale handtekening')).map((h: any) => h.thread.id).sort()).toEqual([together, apart].sort());
    expect((await search('otherMember', 'handtekening -"digitale handtekening"')).map((h: any) => h.thread.id)).toEqual([apart]);
    expect((await search('otherMember', 'e-loket handtekening')).map((h: any) => h.thread.id)).toEqual([together]);
  });

  // Many matching comments, written straight into the table: more than a search ranks in index order.
  const manyComments = (threadId: string, body: string, n: number) =>
    app.ds.query(
      `INSERT INTO comments (thread_id, author_id, body, body_html, html_version)
       SELECT $1, $2, $3 || ' (' || g || ')', '<p>' || $3 || '</p>', 1 FROM generate_series(1, $4::int) g`,
      [threadId, p.member.user.id, body, n],
    );

  it('finds a new comment even when many older comments use the same words', async () => {
    const old = (await newThread(p.member.client, { spaceId: central, title: 'Energie in gemeentelijke gebouwen', body: 'Wat werkt?' })).id;
    await manyComments(old, 'Onze warmtepomp draait goed.', COMMENT_CANDIDATES + 200);
    const fresh = (await newThread(p.member.client, { spaceId: central, title: 'Het zwembad renoveren', body: 'Tips?' })).id;
    const answer = (await newComment(p.member.client, fresh, 'Een warmtepomp bespaart hier veel.')).id;
    const hits = await search('otherMember', 'warmtepomp');
    expect(hits.map((h: any) => h.thread.id).sort()).toEqual([old, fresh].sort());
    expect(hits.find((h: any) => h.thread.id === fresh).comment.id).toBe(answer);
  });

  it('does not find hidden or deleted comments, not even the newest', async () => {
    const hiddenIn = (await newThread(p.member.client, { spaceId: gent, title: 'Begraafplaatsen', body: 'Wie past het aan?' })).id;
    const hidden = (await newComment(p.otherMember.client, hiddenIn, 'Ons kerkhofreglement is verouderd.')).id;
    ok(await p.coordinator.client.gql(Q.hide, { input: { commentId: hidden, reason: 'Off-topic' } }), 'hideComment');
    const deletedIn = (await newThread(p.member.client, { spaceId: gent, title: 'Begraafplaatsen (2)', body: 'Nog een vraag.' })).id;
    const deleted = (await newComment(p.otherMember.client, deletedIn, 'Het kerkhofreglement van Aalst is nieuw.')).id;
    ok(await p.otherMember.client.gql(Q.deleteComment, { input: { commentId: deleted } }), 'deleteComment');
    expect(await search('member', 'kerkhofreglement')).toEqual([]);
  });

  it('never shows comments of threads the viewer may not read, and they do not crowd out the ones they may', async () => {
    const gentOnly = (await newThread(p.member.client, { spaceId: gent, membersOnly: true, title: 'Interne afspraken', body: 'Enkel voor de kring.' })).id;
    await manyComments(gentOnly, 'De zonnepanelen van de kring.', COMMENT_CANDIDATES + 200);
    const open = (await newThread(p.member.client, { spaceId: central, title: 'Energie op het gemeentehuis', body: 'Wie heeft ervaring?' })).id;
    const visible = (await newComment(p.member.client, open, 'Onze zonnepanelen brengen meer op dan gedacht.')).id;
    // Newer talk about something else, so the visible comment is no longer among the newest.
    await manyComments(gentOnly, 'Iets anders.', RECENT_COMMENTS + 100);

    expect((await search('otherMember', 'zonnepanelen')).map((h: any) => [h.thread.id, h.comment?.id])).toEqual([[open, visible]]);
    expect(await search('otherMember', 'zonnepanelen', { spaceId: gent })).toEqual([]);
    expect((await search('member', 'zonnepanelen', { spaceId: gent })).map((h: any) => h.thread.id)).toEqual([gentOnly]);
    // The newest comment of all, in the members-only thread: still only for the kenniskring.
    const newest = (await newComment(p.member.client, gentOnly, 'Nog meer zonnepanelen op de loods.')).id;
    expect((await search('otherMember', 'zonnepanelen')).map((h: any) => [h.thread.id, h.comment?.id])).toEqual([[open, visible]]);
    expect((await search('member', 'zonnepanelen loods')).map((h: any) => [h.thread.id, h.comment?.id])).toEqual([[gentOnly, newest]]);
  });
});

describe('Vergelijkbare vragen', () => {
  const SIMILAR = `query($title: String!) { similarQuestions(title: $title) { id title } }`;
  it('suggests questions whose titles share words with the title being typed', async () => {
    const similar = ok(await p.otherMember.client.gql(SIMILAR, { title: 'Hoe koppel ik de burgerlijke stand?' }), 'similarQuestions');
    // Questions only (not the discussion), not the members-only one, title words only (not the one mentioning it in its body).
    expect(similar.map((t: any) => t.id)).toEqual([ids.koppeling]);
    const kring = ok(await p.member.client.gql(SIMILAR, { title: 'koppeling' }), 'similarQuestions');
    expect(kring.map((t: any) => t.id).sort()).toEqual([ids.koppeling, ids.kring].sort());
    expect(ok(await p.member.client.gql(SIMILAR, { title: 'de' }), 'similarQuestions')).toEqual([]);
  });
});

describe('connections of the search (PostgreSQL)', () => {
  const SETTINGS = `SELECT current_setting('enable_seqscan') AS seqscan, current_setting('statement_timeout') AS timeout, current_setting('plan_cache_mode') AS plans`;

  it('have sequential scans off, the statement timeout and a plan per search on every connection', async () => {
    const pool = settingsPool(app.ds, 2, SEARCH_SETTINGS)!;
    try {
      const clients = await Promise.all([pool.connect(), pool.connect()]);
      for (const c of clients) {
        expect((await c.query(SETTINGS)).rows[0]).toEqual({ seqscan: 'off', timeout: `${SEARCH_TIMEOUT_MS / 1000}s`, plans: 'force_custom_plan' });
        c.release();
      }
      expect(pool.totalCount).toBe(2);
    } finally {
      await pool.end();
    }
  });

  it('run nothing on a connection whose settings failed', async () => {
    const pool = settingsPool(app.ds, 1, 'SET enable_seqscan = off; SET no_such_setting = 1')!;
    try {
      await expect(pool.query('SELECT 1')).rejects.toThrow(/no_such_setting/);
      expect(pool.totalCount).toBe(0);
    } finally {
      await pool.end();
    }
  });
});
