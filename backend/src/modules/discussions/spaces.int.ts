import { randomUUID } from 'node:crypto';
import { Client, codeOf, count, startTestApp, type TestApp } from '../../test/harness.js';
import { cast, newComment, newThread, ok, Q, signIn, type Cast } from '../../test/discussions.fixtures.js';
import { seedDiscussionsDemo } from '../../database/seeds/discussions.seed.js';
import { seedDemo } from '../../database/seeds/demo.seed.js';
import { inTransaction } from '../../database/transaction.js';
import { membershipKey, SpaceAccessRegistry, type SpaceMembership } from './space-access.js';
import { SpaceKind } from './space.entity.js';
import { seedSpaces } from './spaces.seed.js';
import { SpacesService } from './spaces.service.js';

let app: TestApp;
let p: Cast;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  p = await cast(app);
});
afterAll(() => app.stop());

const SPACES = `{ spaces { slug name kind viewerCan { read post member moderate announce } } }`;

describe('spaces', () => {
  it('lists the central space, then one\'s own kenniskring, then the other regions', async () => {
    const mine = ok(await p.member.client.gql(SPACES), 'spaces');
    expect(mine).toHaveLength(16);
    expect(mine.slice(0, 3).map((s: any) => s.slug)).toEqual(['centraal', 'regio-gent', 'denderregio']);
    expect(mine[1].viewerCan).toEqual({ read: true, post: true, member: true, moderate: false, announce: false });
    expect(mine[2].viewerCan.member).toBe(false);
    const coordinator = ok(await p.otherCoordinator.client.gql(SPACES), 'spaces');
    expect(coordinator[1]).toMatchObject({ slug: 'regio-antwerpen', viewerCan: { moderate: true, announce: true } });
    expect(codeOf(await p.anonymous.client.gql(SPACES))).toBe('UNAUTHENTICATED');
  });

  it('carries the region\'s current name, and seeding again changes nothing', async () => {
    ok(await p.admin.client.gql(`mutation { updateRegion(input: { slug: "westhoek", name: "Kenniskring Westhoek" }) { name } }`), 'updateRegion');
    const space = ok(await p.member.client.gql(`{ space(slug: "westhoek") { name region { slug } } }`), 'space');
    expect(space).toEqual({ name: 'Kenniskring Westhoek', region: { slug: 'westhoek' } });
    const before = await count(app, 'spaces');
    await seedSpaces(app.ds);
    expect(await count(app, 'spaces')).toBe(before);
  });
});

describe('the seam for traject spaces', () => {
  it('lets another module create a space, name its leads and say who belongs to it, without this module knowing trajecten', async () => {
    const trajectId = randomUUID();
    const lead = await signIn(app, { bestuurCode: '11002', name: 'Lea Trajectleider' });
    const worker = await signIn(app, { bestuurCode: '24062', name: 'Wim Meewerker' });
    // What the trajecten module would do: register who works on which traject …
    const members = new Map<string, string[]>([[trajectId, [worker.user.id]]]);
    app.app.get(SpaceAccessRegistry).register(SpaceKind.TRAJECT, async (spaces, userIds) => {
      const out = new Map<string, SpaceMembership>();
      for (const s of spaces) for (const u of userIds) if (members.get(s.ownerId!)?.includes(u)) out.set(membershipKey(s.id, u), { member: true });
      return out;
    });
    // … and create the traject's space in its own transaction.
    const spaces = app.app.get(SpacesService);
    const space = await inTransaction(app.ds, (m) => spaces.ensureTrajectSpace(m, {
      trajectId, name: 'Digitale aangifte overlijden', slug: 'traject-dao', visibility: 'MEMBERS', leadUserIds: [lead.user.id],
    }));
    expect(space).toMatchObject({ kind: 'TRAJECT', ownerId: trajectId, visibility: 'MEMBERS' });

    const can = async (who: { client: any }) => ok(await who.client.gql(`query($id: ID) { space(id: $id) { viewerCan { read post moderate announce } } }`, { id: space.id }), 'space');
    expect(await can(lead)).toEqual({ viewerCan: { read: true, post: true, moderate: true, announce: true } });
    expect(await can(worker)).toEqual({ viewerCan: { read: true, post: true, moderate: false, announce: false } });
    expect(codeOf(await p.member.client.gql(`query($id: ID) { space(id: $id) { id } }`, { id: space.id }))).toBe('FORBIDDEN');

    const news = await newThread(lead.client, { spaceId: space.id, kind: 'MEDEDELING', title: 'Start van het traject', body: 'We beginnen.' });
    const c = await newComment(worker.client, news.id, 'Ik doe mee.');
    ok(await lead.client.gql(Q.hide, { input: { commentId: c.id, reason: 'Test' } }), 'hideComment');
    expect(codeOf(await p.member.client.gql(Q.thread, { id: news.id }))).toBe('FORBIDDEN');
    expect(ok(await p.admin.client.gql(Q.thread, { id: news.id }), 'thread').title).toBe('Start van het traject');

    // Opened up and handed to another lead: the first lead no longer moderates, everyone reads.
    await inTransaction(app.ds, (m) => spaces.ensureTrajectSpace(m, {
      trajectId, name: 'Digitale aangifte overlijden', slug: 'traject-dao', visibility: 'PUBLIC', leadUserIds: [worker.user.id],
    }));
    expect(await can(lead)).toEqual({ viewerCan: { read: true, post: true, moderate: false, announce: false } });
    expect(ok(await p.member.client.gql(Q.thread, { id: news.id }), 'thread').title).toBe('Start van het traject');
    expect(await count(app, 'spaces')).toBe(17);

    const clash = inTransaction(app.ds, (m) => spaces.ensureTrajectSpace(m, {
      trajectId: randomUUID(), name: 'Ander traject', slug: 'traject-dao', visibility: 'PUBLIC', leadUserIds: [],
    }));
    await expect(clash).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });
});

describe('demo data', () => {
  it('loads realistic threads once, however often it runs', async () => {
    await seedDemo(app.ds);
    await seedDiscussionsDemo(app.ds);
    const counts = async () => ({ threads: await count(app, 'threads'), comments: await count(app, 'comments'), users: await count(app, 'users') });
    const once = await counts();
    await seedDiscussionsDemo(app.ds);
    expect(await counts()).toEqual(once);

    const demo = ok(await p.member.client.gql(`{ threads(first: 50) { edges { node { title kind pinned status space { slug } acceptedAnswer { author { displayName } } } } } }`), 'threads')
      .edges.map((e: any) => e.node);
    expect(demo).toContainEqual(expect.objectContaining({ title: 'Welkom in de centrale werkruimte', kind: 'MEDEDELING', pinned: true }));
    expect(demo).toContainEqual(expect.objectContaining({
      title: 'Burgerlijke stand koppelen aan de digitale aangifte van overlijden', status: 'ANSWERED', acceptedAnswer: { author: { displayName: 'Sofie Verbeke' } },
    }));
    expect([...new Set(demo.map((t: any) => t.space.slug))]).toEqual(expect.arrayContaining(['centraal', 'regio-gent', 'denderregio', 'oost-brabant', 'rivierenland']));
    const login = await new Client(app.url).login('sofie@ketenwerk.test', 'Ketenwerk-sofie-2025');
    expect(login.errors).toBeUndefined();
  });
});
