import { startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, Q, signIn, spaceId, type Cast } from '../../test/discussions.fixtures.js';

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
