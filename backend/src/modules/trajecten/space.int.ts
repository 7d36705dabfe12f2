import { codeOf, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { ok } from '../../test/trajecten.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
});
afterAll(() => app.stop());

const CREATE = `mutation($input: CreateTrajectInput!) { createTraject(input: $input) { id slug space { id slug kind name } } }`;
const APPOINT = `mutation($input: AppointTrajectMemberInput!) { appointTrajectMember(input: $input) { id } }`;
const SPACE_OF = `query($slug: String!) { traject(slug: $slug) { space { id slug viewerCan { read post moderate announce } } } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id kind } }`;
const PIN = `mutation($input: SetThreadPinnedInput!) { setThreadPinned(input: $input) { pinned } }`;
const THREADS = `query($spaceId: ID) { threads(spaceId: $spaceId) { totalCount edges { node { id title pinned } } } }`;
const SUBSCRIBE = `mutation($input: SubscribeToTrajectInput!) { subscribeToTraject(input: $input) { id } }`;

let n = 0;
async function newTraject(visibility: 'PUBLIC' | 'MEMBERS') {
  const admin = await signedIn(app, { admin: true });
  const lead = await signedIn(app, { bestuurCode: '41002' });
  const title = `Werkruimte traject ${Date.now()} ${n++}`;
  const t = ok(await admin.client.gql(CREATE, { input: {
    title, summary: 'Samen beter', phase: 'INNOVEREN', pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE'], visibility,
  } })).createTraject;
  ok(await admin.client.gql(APPOINT, { input: { trajectId: t.id, userId: lead.user.id, role: 'LEAD' } }));
  return { t, admin, lead };
}

describe('the werkruimte space of a traject', () => {
  it('is created with the traject, in the same transaction, and stored in trajects.space_id', async () => {
    const { t } = await newTraject('PUBLIC');
    expect(t.space).toMatchObject({ kind: 'TRAJECT', slug: `traject-${t.slug}` });
    const [row] = await app.ds.query(`SELECT t.space_id, s.owner_id, s.visibility FROM trajects t JOIN spaces s ON s.id = t.space_id WHERE t.id = $1`, [t.id]);
    expect(row).toEqual({ space_id: t.space.id, owner_id: t.id, visibility: 'PUBLIC' });
  });

  it('lets a lead post a MEDEDELING and pin it; any member asks a VRAAG in a public traject', async () => {
    const { t, lead } = await newTraject('PUBLIC');
    const space = ok(await lead.client.gql(SPACE_OF, { slug: t.slug })).traject.space;
    expect(space.viewerCan).toEqual({ read: true, post: true, moderate: true, announce: true });
    const news = ok(await lead.client.gql(CREATE_THREAD, { input: { spaceId: space.id, kind: 'MEDEDELING', title: 'Kick-off', body: 'We starten **maandag**.' } })).createThread;
    expect(ok(await lead.client.gql(PIN, { input: { threadId: news.id, pinned: true } })).setThreadPinned.pinned).toBe(true);

    const member = await signedIn(app, { bestuurCode: '43010' });
    const memberView = ok(await member.client.gql(SPACE_OF, { slug: t.slug })).traject.space;
    expect(memberView.viewerCan).toEqual({ read: true, post: true, moderate: false, announce: false });
    expect(codeOf(await member.client.gql(CREATE_THREAD, { input: { spaceId: space.id, kind: 'MEDEDELING', title: 'Nieuws', body: 'Tekst' } }))).toBe('FORBIDDEN');
    expect(codeOf(await member.client.gql(PIN, { input: { threadId: news.id, pinned: false } }))).toBe('FORBIDDEN');
    const q = ok(await member.client.gql(CREATE_THREAD, { input: { spaceId: space.id, kind: 'VRAAG', title: 'Werkt dit ook voor Maldegem?', body: 'Graag uitleg.' } })).createThread;
    expect(q.kind).toBe('VRAAG');
    const list = ok(await member.client.gql(THREADS, { spaceId: space.id })).threads;
    expect(list.totalCount).toBe(2);
    expect(list.edges[0].node).toMatchObject({ id: news.id, pinned: true });
  });

  it('keeps a members-only traject\'s space to its team and subscribers', async () => {
    const { t, lead } = await newTraject('MEMBERS');
    const space = ok(await lead.client.gql(SPACE_OF, { slug: t.slug })).traject.space;
    ok(await lead.client.gql(CREATE_THREAD, { input: { spaceId: space.id, kind: 'DISCUSSIE', title: 'Intern overleg', body: 'Enkel voor ons.' } }));

    const outsider = await signedIn(app, { bestuurCode: '43010' });
    expect(ok(await outsider.client.gql(SPACE_OF, { slug: t.slug })).traject.space).toBeNull();
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await outsider.client.gql(THREADS, { spaceId: space.id })));
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(await outsider.client.gql(CREATE_THREAD, {
      input: { spaceId: space.id, kind: 'VRAAG', title: 'Mag ik meedoen?', body: 'Vraagje.' },
    })));
    expect(ok(await outsider.client.gql(THREADS, {})).threads.edges.map((e: any) => e.node.title)).not.toContain('Intern overleg');

    const follower = await signedIn(app, { bestuurCode: '43010' });
    ok(await follower.client.gql(SUBSCRIBE, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    expect(ok(await follower.client.gql(SPACE_OF, { slug: t.slug })).traject.space).toMatchObject({ id: space.id, viewerCan: { read: true, moderate: false } });
    expect(ok(await follower.client.gql(THREADS, { spaceId: space.id })).threads.edges.map((e: any) => e.node.title)).toEqual(['Intern overleg']);
  });

  it('follows the traject: a visibility change reaches the space, a removed lead stops moderating', async () => {
    const { t, admin, lead } = await newTraject('PUBLIC');
    ok(await admin.client.gql(`mutation($input: UpdateTrajectInput!) { updateTraject(input: $input) { id } }`, { input: { trajectId: t.id, visibility: 'MEMBERS' } }));
    const [s] = await app.ds.query(`SELECT visibility FROM spaces WHERE id = $1`, [t.space.id]);
    expect(s.visibility).toBe('MEMBERS');
    ok(await admin.client.gql(APPOINT, { input: { trajectId: t.id, userId: admin.user.id, role: 'LEAD' } }));
    ok(await admin.client.gql(`mutation($input: RemoveTrajectMemberInput!) { removeTrajectMember(input: $input) { id } }`, { input: { trajectId: t.id, userId: lead.user.id } }));
    const fresh = await lead.client.gql(SPACE_OF, { slug: t.slug });
    expect(ok(fresh).traject.space).toBeNull();
  });
});
