import { Client, codeOf, countQueries, createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { addMember, addMilestone, addUpdate, callers, fingerprint, makeTraject, ok } from '../../test/trajecten.js';

let app: TestApp;
let anon: Client;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
});
afterAll(() => app.stop());

const CREATE = `mutation($input: CreateTrajectInput!) { createTraject(input: $input) { id slug title phase pillars status visibility progress progressMode startDate targetDate partners } }`;
const UPDATE = `mutation($input: UpdateTrajectInput!) { updateTraject(input: $input) { id title status visibility startDate targetDate } }`;
const ONE = `query($slug: String!) { traject(slug: $slug) { id title visibility } }`;

describe('starting and reading a traject', () => {
  it('lets an administrator start a traject with a slug made from the title', async () => {
    const { client } = await signedIn(app, { admin: true });
    const input = {
      title: 'Digitale aangifte van geboorte', summary: 'Van geboorte tot akte zonder papier.', phase: 'INNOVEREN',
      pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE'], startDate: '2025-01-01', targetDate: '2026-06-30', partners: ['VVSG'],
    };
    const created = ok(await client.gql(CREATE, { input })).createTraject;
    expect(created).toMatchObject({
      slug: 'digitale-aangifte-van-geboorte', status: 'IDEE', visibility: 'PUBLIC', progress: 0, progressMode: 'ROLLUP',
      startDate: '2025-01-01', targetDate: '2026-06-30', partners: ['VVSG'],
    });
    const again = ok(await client.gql(CREATE, { input })).createTraject;
    expect(again.slug).toBe('digitale-aangifte-van-geboorte-2');
    const read = ok(await anon.gql(ONE, { slug: created.slug })).traject;
    expect(read).toEqual({ id: created.id, title: 'Digitale aangifte van geboorte', visibility: 'PUBLIC' });
    const [audit] = await app.ds.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [created.id]);
    expect(audit.action).toBe('traject.created');
  });

  it('answers an unknown slug and a members-only traject asked anonymously with the very same NOT_FOUND', async () => {
    const hidden = await makeTraject(app, { visibility: 'MEMBERS' });
    const unknown = await anon.gql(ONE, { slug: 'bestaat-niet' });
    const secret = await anon.gql(ONE, { slug: hidden.slug });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(secret.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })))
      .toEqual(unknown.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })));
    expect(secret.data).toEqual(unknown.data);
    const { client } = await signedIn(app);
    expect(ok(await client.gql(ONE, { slug: hidden.slug })).traject.visibility).toBe('MEMBERS');
  });

  it('lists members-only trajecten only for signed-in members, and filters by status, phase, pillar and "mine"', async () => {
    const pub = await makeTraject(app, { title: 'Zzz openbaar', status: 'UITROL', phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'] });
    const hidden = await makeTraject(app, { title: 'Zzz besloten', visibility: 'MEMBERS' });
    const q = `query($s: TrajectStatus, $p: TrajectPhase, $pi: Pillar, $mine: Boolean) {
      trajecten(first: 100, status: $s, phase: $p, pillar: $pi, mine: $mine) { totalCount edges { node { slug } } } }`;
    const slugs = (r: any) => r.trajecten.edges.map((e: any) => e.node.slug);
    expect(slugs(ok(await anon.gql(q)))).toContain(pub.slug);
    expect(slugs(ok(await anon.gql(q)))).not.toContain(hidden.slug);
    const { user, client } = await signedIn(app);
    expect(slugs(ok(await client.gql(q)))).toContain(hidden.slug);
    expect(slugs(ok(await anon.gql(q, { s: 'UITROL', p: 'ADOPTEREN', pi: 'INFORMATIE_ICT_CAPACITEIT' })))).toContain(pub.slug);
    expect(slugs(ok(await anon.gql(q, { s: 'IDEE' })))).not.toContain(pub.slug);
    expect(slugs(ok(await anon.gql(q, { pi: 'LOKALE_BESTUREN_KETENPARTNER' })))).not.toContain(pub.slug);
    await addMember(app, hidden.id, user.id, 'MEMBER');
    expect(slugs(ok(await client.gql(q, { mine: true })))).toEqual([hidden.slug]);
    expect(codeOf(await anon.gql(q, { mine: true }))).toBe('UNAUTHENTICATED');
  });
});

describe('the overview costs a constant number of SQL queries', () => {
  const OVERVIEW = `query($first: Int) { trajecten(first: $first) { totalCount edges { cursor node {
      slug title summary status phase pillars progress participantCount followerCount pendingRequestCount
      rolloutCounts { interested participant live notInvolved total }
      latestUpdate { title publishedAt author { displayName } }
      viewerRole viewerCanPublish viewerSubscription { level }
      team { role user { displayName } } } } } }`;

  it('is the same for 5 trajecten as for 100, with their progress, counts and latest update', async () => {
    const { user, client } = await signedIn(app, { bestuurCode: '44021' });
    const existing = ok(await anon.gql(`{ trajecten { totalCount } }`)).trajecten.totalCount;
    for (let i = existing; i < 100; i++) {
      const t = await makeTraject(app);
      await addMilestone(app, t.id, { status: i % 2 ? 'BEHAALD' : 'BEZIG' });
      if (i % 6 === 0) await app.ds.query(`INSERT INTO traject_subscriptions (traject_id, user_id, level) VALUES ($1, $2, 'VOLGEN')`, [t.id, user.id]);
    }
    // Every card has a lead and a latest update, so both page sizes load the same kinds of things.
    const lead = await createUser(app);
    for (const { id } of await app.ds.query(`SELECT id FROM trajects`)) {
      await addUpdate(app, id, { status: 'PUBLISHED', authorId: user.id });
      await addMember(app, id, lead.id, 'LEAD');
    }
    let page: any;
    const five = await countQueries(app, async () => { ok(await client.gql(OVERVIEW, { first: 5 })); });
    const hundred = await countQueries(app, async () => { page = ok(await client.gql(OVERVIEW, { first: 100 })); });
    expect(page.trajecten.edges).toHaveLength(100);
    expect(page.trajecten.edges.some((e: any) => e.node.latestUpdate)).toBe(true);
    expect(page.trajecten.edges.some((e: any) => e.node.viewerSubscription?.level === 'VOLGEN')).toBe(true);
    expect(page.trajecten.edges.every((e: any) => e.node.rolloutCounts.total === 285)).toBe(true);
    expect(five).toBeGreaterThan(0);
    expect(hundred).toBe(five);
  });

  it('is the same for the rollout grid and per-region breakdown of one traject as of ten', async () => {
    const q = (n: number) => `{ trajecten(first: ${n}) { edges { node { slug
      rolloutByRegion { region { slug } participant live total }
      rolloutGrid { status bestuur { nisCode region { slug } } } } } } }`;
    let ten: any;
    const one = await countQueries(app, async () => { ok(await anon.gql(q(1))); });
    const many = await countQueries(app, async () => { ten = ok(await anon.gql(q(10))); });
    expect(ten.trajecten.edges).toHaveLength(10);
    expect(ten.trajecten.edges[0].node.rolloutGrid).toHaveLength(285);
    expect(ten.trajecten.edges[0].node.rolloutByRegion).toHaveLength(15);
    expect(many).toBe(one);
  });
});

describe('rollout per bestuur', () => {
  const SET = `mutation($input: SetRolloutStatusInput!) { setRolloutStatus(input: $input) {
    rolloutCounts { notInvolved interested participant live total }
    rolloutByRegion { region { slug } interested participant live notInvolved total }
    rolloutGrid { status bestuur { nisCode name region { slug } } } } }`;

  it('keeps only the municipalities that are involved, and counts them overall, per region and in the grid', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    ok(await who.lead.gql(SET, { input: { trajectId: t.id, nisCodes: ['44021', '41002', '11002'], status: 'LIVE' } }));
    ok(await who.lead.gql(SET, { input: { trajectId: t.id, nisCodes: ['44021'], status: 'NIET_BETROKKEN' } }));
    const r = ok(await who.lead.gql(SET, { input: { trajectId: t.id, nisCodes: ['43010'], status: 'DEELNEMER' } })).setRolloutStatus;
    expect(r.rolloutCounts).toEqual({ notInvolved: 282, interested: 0, participant: 1, live: 2, total: 285 });
    const gent = r.rolloutByRegion.find((g: any) => g.region.slug === 'regio-gent');
    expect(gent).toMatchObject({ participant: 1, live: 0 });
    expect(gent.notInvolved + gent.participant).toBe(gent.total);
    expect(r.rolloutByRegion.reduce((s: number, g: any) => s + g.total, 0)).toBe(285);
    const grid = new Map(r.rolloutGrid.map((c: any) => [c.bestuur.nisCode, c.status]));
    expect(grid.size).toBe(285);
    expect([grid.get('41002'), grid.get('11002'), grid.get('43010'), grid.get('44021')]).toEqual(['LIVE', 'LIVE', 'DEELNEMER', 'NIET_BETROKKEN']);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM traject_rollout WHERE traject_id = $1`, [t.id]);
    expect(n).toBe(3);
  });

  it('refuses an unknown NIS code and changes nothing', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    const before = await fingerprint(app);
    const r = await who.lead.gql(SET, { input: { trajectId: t.id, nisCodes: ['44021', '99999'], status: 'LIVE' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toEqual({ nisCodes: 'Onbekende NIS-code: 99999.' });
    expect(await fingerprint(app)).toEqual(before);
  });
});

describe('bad input: a clear error and nothing changed', () => {
  async function refused(client: Client, query: string, input: unknown, code: string, field?: string) {
    const before = await fingerprint(app);
    const r = await client.gql(query, { input });
    expect(codeOf(r)).toBe(code);
    if (field) expect(r.errors?.[0].extensions?.fields).toHaveProperty([field]);
    expect(await fingerprint(app)).toEqual(before);
    return r;
  }

  it('refuses a target date before the start date, on creating and on changing', async () => {
    const { client } = await signedIn(app, { admin: true });
    const r = await refused(client, CREATE, {
      title: 'Verkeerde data', summary: 'x', phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'], startDate: '2026-01-01', targetDate: '2025-01-01',
    }, 'BAD_USER_INPUT', 'targetDate');
    expect(r.errors?.[0].extensions?.fields.targetDate).toBe('De streefdatum ligt vóór de startdatum.');
    const t = await makeTraject(app, { start: '2025-06-01', target: '2026-06-01' });
    await refused(client, UPDATE, { trajectId: t.id, targetDate: '2025-05-31' }, 'BAD_USER_INPUT', 'targetDate');
    await refused(client, UPDATE, { trajectId: t.id, startDate: '2026-06-02' }, 'BAD_USER_INPUT', 'targetDate');
    await refused(client, UPDATE, { trajectId: t.id, startDate: '2025-02-30' }, 'BAD_USER_INPUT', 'startDate');
  });

  it('refuses a summary over 300 characters and a traject without a pillar', async () => {
    const { client } = await signedIn(app, { admin: true });
    const base = { title: 'Een traject', summary: 'Kort', phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'] };
    await refused(client, CREATE, { ...base, summary: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'summary');
    await refused(client, CREATE, { ...base, pillars: [] }, 'BAD_USER_INPUT', 'pillars');
  });

  it('refuses a slug that is taken', async () => {
    const { client } = await signedIn(app, { admin: true });
    const t = await makeTraject(app);
    await refused(client, CREATE, { title: 'Dubbel', slug: t.slug, summary: 'x', phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'] }, 'CONFLICT', 'slug');
  });

  it('answers NOT_FOUND for changes to an unknown traject', async () => {
    const { client } = await signedIn(app, { admin: true });
    await refused(client, UPDATE, { trajectId: '00000000-0000-4000-8000-000000000000', title: 'Nieuw' }, 'NOT_FOUND');
  });

  it('keeps the last lead of a traject', async () => {
    const t = await makeTraject(app);
    const who = await callers(app, t.id);
    const REMOVE = `mutation($input: RemoveTrajectMemberInput!) { removeTrajectMember(input: $input) { id } }`;
    await refused(who.admin, REMOVE, { trajectId: t.id, userId: who.ids.lead }, 'CONFLICT', 'userId');
  });
});
