import { Client, codeOf, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { callers, fingerprint, makeTraject, ok, type TrajectRow } from '../../test/trajecten.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
});
afterAll(() => app.stop());

const SUBSCRIBE = `mutation($input: SubscribeToTrajectInput!) { subscribeToTraject(input: $input) {
  id level requestStatus requestMessage bestuur { nisCode } user { id } } }`;
const DECIDE = `mutation($input: DecideParticipationRequestInput!) { decideParticipationRequest(input: $input) {
  level requestStatus decisionMessage decidedAt decidedBy { id } } }`;
const UNSUBSCRIBE = `mutation($input: TrajectIdInput!) { unsubscribeFromTraject(input: $input) { followerCount } }`;
const INTEREST = `mutation($input: TrajectIdInput!) { registerBestuurInterest(input: $input) { rolloutCounts { interested } } }`;
const COUNTS = `query($slug: String!) { traject(slug: $slug) { participantCount followerCount pendingRequestCount
  viewerSubscription { level requestStatus } rolloutGrid { status bestuur { nisCode } } } }`;

async function refused(client: Client, query: string, input: unknown, code: string, field?: string) {
  const before = await fingerprint(app);
  const r = await client.gql(query, { input });
  expect(codeOf(r)).toBe(code);
  if (field) expect(r.errors?.[0].extensions?.fields).toHaveProperty([field]);
  expect(await fingerprint(app)).toEqual(before);
  return r;
}

const statusOf = async (c: Client, t: TrajectRow, nis: string) =>
  ok(await c.gql(COUNTS, { slug: t.slug })).traject.rolloutGrid.find((g: any) => g.bestuur.nisCode === nis).status;

describe('taking part', () => {
  it('lets a member ask for their bestuur to take part; the lead accepts and the bestuur becomes a participant', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    const asker = await signedIn(app, { bestuurCode: '43010' });
    const sub = ok(await asker.client.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'DEELNEMEN', message: 'Maldegem wil mee.' } })).subscribeToTraject;
    expect(sub).toMatchObject({ level: 'DEELNEMEN', requestStatus: 'PENDING', requestMessage: 'Maldegem wil mee.', bestuur: { nisCode: '43010' } });
    expect(ok(await who.anonymous.gql(COUNTS, { slug: t.slug })).traject).toMatchObject({ participantCount: 0, pendingRequestCount: 1 });
    expect(await statusOf(who.anonymous, t, '43010')).toBe('NIET_BETROKKEN');

    const decided = ok(await who.lead.gql(DECIDE, { input: { subscriptionId: sub.id, accept: true, message: 'Welkom!' } })).decideParticipationRequest;
    expect(decided).toMatchObject({ level: 'DEELNEMEN', requestStatus: 'ACCEPTED', decisionMessage: 'Welkom!', decidedBy: { id: who.ids.lead } });
    expect(await statusOf(who.anonymous, t, '43010')).toBe('DEELNEMER');
    expect(ok(await asker.client.gql(COUNTS, { slug: t.slug })).traject).toMatchObject({
      participantCount: 1, pendingRequestCount: 0, viewerSubscription: { level: 'DEELNEMEN', requestStatus: 'ACCEPTED' },
    });
    const types = (await app.ds.query(`SELECT type FROM traject_events WHERE traject_id = $1 ORDER BY position`, [t.id])).map((r: any) => r.type);
    expect(types).toEqual(['PARTICIPATION_REQUESTED', 'SUBSCRIPTIONS_CHANGED', 'ROLLOUT_CHANGED', 'PARTICIPATION_DECIDED']);
  });

  it('keeps a declined person informed (VOLGEN) with the team\'s message; the bestuur stays uninvolved', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    const sub = ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'DEELNEMEN' } })).subscribeToTraject;
    const decided = ok(await who.admin.gql(DECIDE, { input: { subscriptionId: sub.id, accept: false, message: 'Nu nog niet: de piloot is vol.' } }))
      .decideParticipationRequest;
    expect(decided).toMatchObject({ level: 'VOLGEN', requestStatus: 'DECLINED', decisionMessage: 'Nu nog niet: de piloot is vol.' });
    expect(await statusOf(who.anonymous, t, '41002')).toBe('NIET_BETROKKEN');
    expect(ok(await who.anonymous.gql(COUNTS, { slug: t.slug })).traject).toMatchObject({ followerCount: 1, participantCount: 0 });
    await refused(who.lead, DECIDE, { subscriptionId: sub.id, accept: true }, 'CONFLICT');
  });

  it('refuses a second request to take part, and changes nothing', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'DEELNEMEN' } }));
    const r = await refused(who.member, SUBSCRIBE, { trajectId: t.id, level: 'DEELNEMEN' }, 'CONFLICT');
    expect(r.errors?.[0].message).toBe('Je vroeg al om deel te nemen; het team beslist nog.');
  });

  it('refuses a request for a bestuur that already takes part', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    await app.ds.query(`INSERT INTO traject_rollout (traject_id, bestuur_id, status) SELECT $1, id, 'LIVE' FROM besturen WHERE code = '41002'`, [t.id]);
    const r = await refused(who.member, SUBSCRIBE, { trajectId: t.id, level: 'DEELNEMEN' }, 'CONFLICT');
    expect(r.errors?.[0].message).toBe('Aalst neemt al deel aan dit traject.');
  });

  it('refuses a request from someone without a municipality', async () => {
    const t = await makeTraject(app);
    const { client } = await signedIn(app, { bestuurCode: 'vvsg' });
    await refused(client, SUBSCRIBE, { trajectId: t.id, level: 'DEELNEMEN' }, 'BAD_USER_INPUT', 'level');
  });

  it('refuses a decision by a team member who is not a lead, and changes nothing', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    const sub = ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'DEELNEMEN' } })).subscribeToTraject;
    await refused(who.teamMember, DECIDE, { subscriptionId: sub.id, accept: true }, 'FORBIDDEN');
    await refused(who.member, DECIDE, { subscriptionId: sub.id, accept: true }, 'FORBIDDEN');
  });
});

describe('following', () => {
  it('lets a member change level or unsubscribe at any time', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'DEELNEMEN' } }));
    expect(ok(await who.member.gql(COUNTS, { slug: t.slug })).traject).toMatchObject({
      followerCount: 0, pendingRequestCount: 1, viewerSubscription: { level: 'DEELNEMEN', requestStatus: 'PENDING' },
    });
    ok(await who.member.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    expect(ok(await who.member.gql(COUNTS, { slug: t.slug })).traject).toMatchObject({
      followerCount: 1, pendingRequestCount: 0, viewerSubscription: { level: 'VOLGEN', requestStatus: null },
    });
    expect(ok(await who.member.gql(UNSUBSCRIBE, { input: { trajectId: t.id } })).unsubscribeFromTraject.followerCount).toBe(0);
    await refused(who.member, UNSUBSCRIBE, { trajectId: t.id }, 'NOT_FOUND');
  });
});

describe('a bestuur\'s interest', () => {
  it('registers the member\'s municipality as interested, once', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    expect(ok(await who.member.gql(INTEREST, { input: { trajectId: t.id } })).registerBestuurInterest.rolloutCounts.interested).toBe(1);
    expect(await statusOf(who.anonymous, t, '41002')).toBe('GEINTERESSEERD');
    const r = await refused(who.teamMember, INTEREST, { trajectId: t.id }, 'CONFLICT');
    expect(r.errors?.[0].message).toBe('Aalst staat al als geïnteresseerd geregistreerd.');
  });
});
