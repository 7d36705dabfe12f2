import { newThread, spaceId } from '../../test/discussions.fixtures.js';
import { signedIn, startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { giveCapabilities, makeCapability, suffix } from '../../test/catalogue.js';
import { makeTraject, ok } from '../../test/trajecten.js';
import { bell, data, follow, Q, rows, settle } from './test-helpers.js';

// Traject and role notifications, driven through the trajecten and regions modules' own GraphQL operations.
let app: TestApp;
let admin: Client;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  admin = (await signedIn(app, { admin: true, name: 'Bea Beheer' })).client;
});
afterAll(() => app.stop());

const G = {
  appoint: `mutation($input: AppointTrajectMemberInput!) { appointTrajectMember(input: $input) { id } }`,
  remove: `mutation($input: RemoveTrajectMemberInput!) { removeTrajectMember(input: $input) { id } }`,
  subscribe: `mutation($input: SubscribeToTrajectInput!) { subscribeToTraject(input: $input) { id } }`,
  decide: `mutation($input: DecideParticipationRequestInput!) { decideParticipationRequest(input: $input) { id } }`,
  draft: `mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id } }`,
  publish: `mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) { id } }`,
  milestone: `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
  reach: `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status } }`,
  appointCoordinator: `mutation($input: CoordinatorInput!) { appointCoordinator(input: $input) { slug } }`,
  removeCoordinator: `mutation($input: CoordinatorInput!) { removeCoordinator(input: $input) { slug } }`,
};

const person = (name: string) => signedIn(app, { name, bestuurCode: '41002' });

async function teamOf(trajectId: string) {
  const lead = await person('Lien Trekker');
  const member = await person('Tom Teamlid');
  ok(await admin.gql(G.appoint, { input: { trajectId, userId: lead.user.id, role: 'LEAD' } }));
  ok(await admin.gql(G.appoint, { input: { trajectId, userId: member.user.id, role: 'MEMBER' } }));
  return { lead, member };
}

async function publish(c: Client, trajectId: string, title: string) {
  const { createProgressUpdate: u } = ok(await c.gql(G.draft, { input: { trajectId, title, body: 'De **pilootfase** loopt goed.' } }));
  ok(await c.gql(G.publish, { input: { updateId: u.id } }));
  return u.id as string;
}

const types = async (c: Client) => (await bell(c)).items.map((n) => n.type);

describe('progress updates and milestones', () => {
  it('brings a published update to everyone who subscribed or follows, except its publisher and who muted or chose NORMAAL', async () => {
    const t = await makeTraject(app, { title: 'Digitale aangifte overlijden' });
    const { lead, member } = await teamOf(t.id);
    const volgen = await person('Vic Volger');
    const deelnemen = await person('Dirk Deelnemer');
    const topics = await person('Nora Nieuw');
    const normal = await person('Nick Normaal');
    const muted = await person('Stijn Stil');
    ok(await volgen.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    ok(await deelnemen.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'DEELNEMEN', message: 'Aalst wil meedoen.' } }));
    ok(await muted.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    await settle(app);
    await follow(topics.client, 'TRAJECT', t.id, 'NIEUWE_ONDERWERPEN');
    await follow(normal.client, 'TRAJECT', t.id, 'NORMAAL');
    await follow(muted.client, 'TRAJECT', t.id, 'GEDEMPT');
    const updateId = await publish(lead.client, t.id, 'De pilootfase is gestart');
    await settle(app);

    for (const c of [volgen, deelnemen, topics, member]) {
      const items = (await bell(c.client)).items.filter((n) => n.type === 'PROGRESS_UPDATE');
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        summary: 'Nieuw voortgangsbericht in Digitale aangifte overlijden: “De pilootfase is gestart”',
        link: `/trajecten/${t.slug}#update-${updateId}`, excerpt: 'De pilootfase loopt goed.', updateId, trajectId: t.id,
        context: { kind: 'TRAJECT', id: t.id, title: 'Digitale aangifte overlijden' }, emailDelivery: 'DAGELIJKS',
        actor: { id: lead.user.id },
      });
    }
    for (const c of [lead, normal, muted]) expect(await types(c.client)).not.toContain('PROGRESS_UPDATE');
  });

  it('never notifies the one who publishes, also when publishing another lead\'s draft', async () => {
    const t = await makeTraject(app, { title: 'Gedeelde drafts' });
    const { lead: leadA, member } = await teamOf(t.id);
    const leadB = await person('Bart Tweede');
    ok(await admin.gql(G.appoint, { input: { trajectId: t.id, userId: leadB.user.id, role: 'LEAD' } }));
    const follower = await person('Vic Volger');
    ok(await follower.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    const { createProgressUpdate: u } = ok(await leadA.client.gql(G.draft, { input: { trajectId: t.id, title: 'Door A geschreven', body: 'Tekst.' } }));
    ok(await leadB.client.gql(G.publish, { input: { updateId: u.id } }));
    await settle(app);

    const [event] = await app.ds.query(`SELECT payload FROM traject_events WHERE traject_id = $1 AND type = 'UPDATE_PUBLISHED'`, [t.id]);
    expect(event.payload).toMatchObject({ actorId: leadB.user.id, authorId: leadA.user.id });
    expect(await types(leadB.client)).not.toContain('PROGRESS_UPDATE');
    for (const c of [leadA, member, follower]) {
      const items = (await bell(c.client)).items.filter((n) => n.type === 'PROGRESS_UPDATE');
      expect(items.map((n) => [n.updateId, n.actor?.id])).toEqual([[u.id, leadB.user.id]]);
    }
  });

  it('tells followers at ALLES that a milestone was reached, not those who only want new updates', async () => {
    const t = await makeTraject(app);
    const { lead } = await teamOf(t.id);
    const all = await person('Ali Alles');
    const topics = await person('Nora Nieuw');
    await follow(all.client, 'TRAJECT', t.id, 'ALLES');
    await follow(topics.client, 'TRAJECT', t.id, 'NIEUWE_ONDERWERPEN');
    const { createMilestone: ms } = ok(await lead.client.gql(G.milestone, { input: { trajectId: t.id, title: 'Eerste gemeente live', dueDate: '2026-03-31' } }));
    ok(await lead.client.gql(G.reach, { input: { milestoneId: ms.id, status: 'BEHAALD' } }));
    await settle(app);

    const reached = (await bell(all.client)).items;
    expect(reached.map((n) => [n.type, n.summary, n.link])).toEqual([
      ['MILESTONE_REACHED', `Mijlpaal behaald in ${t.slug.replace('traject-', 'Traject ')}: “Eerste gemeente live”`, `/trajecten/${t.slug}#milestone-${ms.id}`],
    ]);
    expect(await types(topics.client)).toEqual([]);
    expect(await types(lead.client)).not.toContain('MILESTONE_REACHED');
  });
});

describe('taking part', () => {
  it('brings a request to take part to the team, and the decision to the one who asked', async () => {
    const t = await makeTraject(app, { title: 'Slim parkeren' });
    const { lead, member } = await teamOf(t.id);
    const requester = await person('Roos Aanvrager');
    const { subscribeToTraject: sub } = ok(await requester.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'DEELNEMEN', message: 'Graag!' } }));
    await settle(app);
    for (const c of [lead, member]) {
      expect((await bell(c.client)).items.map((n) => [n.type, n.summary, n.excerpt])).toContainEqual([
        'PARTICIPATION_REQUESTED', 'Roos Aanvrager vraagt voor Aalst om deel te nemen aan Slim parkeren', 'Graag!',
      ]);
    }
    expect(await types(requester.client)).toEqual([]);

    ok(await lead.client.gql(G.decide, { input: { subscriptionId: sub.id, accept: true, message: 'Welkom in de pilootgroep.' } }));
    await settle(app);
    expect((await bell(requester.client)).items.map((n) => [n.type, n.summary, n.excerpt, n.actor?.id])).toEqual([
      ['PARTICIPATION_DECIDED', 'Je aanvraag om deel te nemen aan Slim parkeren werd aanvaard', 'Welkom in de pilootgroep.', lead.user.id],
    ]);
    expect(await types(lead.client)).not.toContain('PARTICIPATION_DECIDED');
  });
});

describe('roles', () => {
  it('says when someone joins or leaves a team, and follows the traject for as long as they are on it', async () => {
    const t = await makeTraject(app, { title: 'Gedeelde DPO' });
    const { lead } = await teamOf(t.id);
    const newcomer = await person('Nele Nieuwkomer');
    ok(await lead.client.gql(G.appoint, { input: { trajectId: t.id, userId: newcomer.user.id, role: 'MEMBER' } }));
    await settle(app);
    expect((await bell(newcomer.client)).items.map((n) => [n.type, n.summary, n.actor.id])).toEqual([
      ['ROLE_CHANGED', 'Je bent nu teamlid van het traject Gedeelde DPO', lead.user.id],
    ]);
    expect(data(await newcomer.client.gql(Q.status, { t: 'TRAJECT', id: t.id }), 'followStatus')).toEqual({ level: 'ALLES', via: 'AUTOMATIC', follow: { id: expect.any(String), auto: true } });

    ok(await lead.client.gql(G.remove, { input: { trajectId: t.id, userId: newcomer.user.id } }));
    await settle(app);
    expect((await bell(newcomer.client)).items[0].summary).toBe('Je maakt niet langer deel uit van het team van het traject Gedeelde DPO');
    expect(data(await newcomer.client.gql(Q.status, { t: 'TRAJECT', id: t.id }), 'followStatus')).toEqual({ level: null, via: 'NONE', follow: null });
  });

  it('says when someone becomes coordinator, follows the region\'s space from then on, and stops when they step down', async () => {
    const coordinator = await signedIn(app, { name: 'Carla Coördinator', bestuurCode: '44021' });
    const gent = await spaceId(app, 'regio-gent');
    ok(await admin.gql(G.appointCoordinator, { input: { regionSlug: 'regio-gent', userId: coordinator.user.id } }));
    await settle(app);
    const thread = await newThread((await signedIn(app, { bestuurCode: '44021', name: 'Wim Vraag' })).client, { spaceId: gent, title: 'Vraag aan de kring' });
    await settle(app);
    expect((await bell(coordinator.client)).items.map((n) => [n.type, n.summary, n.link])).toEqual([
      ['NEW_THREAD', 'Wim Vraag startte “Vraag aan de kring” in Regio Gent', `/werkruimte/discussies/${thread.id}`],
      ['ROLE_CHANGED', 'Je bent nu coördinator van Regio Gent', '/regios/regio-gent'],
    ]);

    ok(await admin.gql(G.removeCoordinator, { input: { regionSlug: 'regio-gent', userId: coordinator.user.id } }));
    await settle(app);
    expect((await bell(coordinator.client)).items[0].summary).toBe('Je bent niet langer coördinator van Regio Gent');
    expect(data(await coordinator.client.gql(Q.status, { t: 'SPACE', id: gent }), 'followStatus').via).toBe('NONE');
  });

  it('says when administrator rights are granted or taken away', async () => {
    const p = await person('Ada Admin');
    ok(await admin.gql(`mutation($input: SetAdminInput!) { setAdmin(input: $input) { id } }`, { input: { userId: p.user.id, admin: true } }));
    ok(await admin.gql(`mutation($input: SetAdminInput!) { setAdmin(input: $input) { id } }`, { input: { userId: p.user.id, admin: false } }));
    await settle(app);
    expect((await bell(p.client)).items.map((n) => [n.type, n.summary, n.context.kind])).toEqual([
      ['ROLE_CHANGED', 'Je bent niet langer platformbeheerder van Ketenwerk', 'ACCOUNT'],
      ['ROLE_CHANGED', 'Je bent nu platformbeheerder van Ketenwerk', 'ACCOUNT'],
    ]);
  });

  it('tells the followers of a solution, and the people of besturen that use it, that it changed', async () => {
    const [s] = await app.ds.query(
      `INSERT INTO solutions (slug, name, summary, type, maturity) VALUES ('e-loket-' || substr(md5(random()::text), 1, 8), 'E-loket', 'Aanvragen online', 'SOFTWARE', 'STABLE') RETURNING id, slug`);
    await app.ds.query(`INSERT INTO adoptions (bestuur_id, solution_id, status) SELECT id, $1, 'IN_GEBRUIK' FROM besturen WHERE code = '41002'`, [s.id]);
    const user = await person('Uma Gebruiker');
    const fan = await signedIn(app, { name: 'Fien Volger', bestuurCode: '11002' });
    const bystander = await signedIn(app, { name: 'Bo Buiten', bestuurCode: '11002' });
    await follow(fan.client, 'SOLUTION', s.id, 'ALLES');
    ok(await admin.gql(`mutation($input: UpdateSolutionInput!) { updateSolution(input: $input) { slug } }`, { input: { slug: s.slug, summary: 'Nu ook voor verhuizingen' } }));
    await settle(app);
    for (const c of [user, fan]) {
      expect((await bell(c.client)).items.map((n) => [n.type, n.summary, n.link, n.context.kind])).toEqual([
        ['SOLUTION_CHANGED', 'De oplossing “E-loket” werd bijgewerkt', `/oplossingen/${s.slug}`, 'SOLUTION'],
      ]);
    }
    expect(await types(bystander.client)).toEqual([]);
  });

  it('shows a traject subscription in the follow overview, where it can be muted', async () => {
    const t = await makeTraject(app, { title: 'Open data' });
    const { lead } = await teamOf(t.id);
    const subscriber = await person('Saar Volger');
    ok(await subscriber.client.gql(G.subscribe, { input: { trajectId: t.id, level: 'VOLGEN' } }));
    await settle(app);
    const overview = data(await subscriber.client.gql(Q.myFollows, { first: 10 }), 'myFollows');
    expect(overview.edges.map((e: any) => e.node)).toEqual([
      { id: expect.any(String), targetType: 'TRAJECT', targetId: t.id, level: 'ALLES', auto: true, target: { title: 'Open data', link: `/trajecten/${t.slug}` } },
    ]);
    await follow(subscriber.client, 'TRAJECT', t.id, 'GEDEMPT');
    await publish(lead.client, t.id, 'Nieuwe datasets');
    await settle(app);
    expect(await types(subscriber.client)).toEqual([]);
    expect(await rows(app, `recipient_id = $1`, [subscriber.user.id])).toEqual([]);
  });
});

describe('a new solution that fits my bestuur', () => {
  it('tells the people of besturen it fits (capabilities and size), not others, never the admin who created it', async () => {
    const cap = await makeCapability(app, 'Aansluiting op het loket');
    await giveCapabilities(app, '41002', [cap.key]);
    const creator = (await signedIn(app, { admin: true, name: 'Ad Maker', bestuurCode: '41002' })).client;
    const aalst = await person('Ann Aalst');
    const optedOut = await person('Otto Geen Mail');
    ok(await optedOut.client.gql(Q.setPreferences, { input: { items: [{ type: 'NEW_FITTING_SOLUTION', delivery: 'NOOIT' }] } }));
    const antwerpen = await signedIn(app, { name: 'Ahmed Antwerpen', bestuurCode: '11002' });
    const slug = `loket-${suffix()}`;
    ok(await creator.gql(`mutation($input: CreateSolutionInput!) { createSolution(input: $input) { slug } }`, { input: {
      slug, name: 'Slim loket', summary: 'Afspraken online', type: 'SOFTWARE', maturity: 'STABLE', populationMin: 10000, populationMax: 1000000,
      requirements: [{ capabilityKey: cap.key, level: 'REQUIRED' }],
    } }));
    await settle(app);

    expect((await bell(aalst.client)).items.map((n) => [n.type, n.summary, n.link, n.context.kind, n.emailDelivery])).toEqual([
      ['NEW_FITTING_SOLUTION', 'Nieuwe oplossing die past bij je bestuur: “Slim loket”', `/oplossingen/${slug}`, 'SOLUTION', 'DAGELIJKS'],
    ]);
    expect((await bell(optedOut.client)).items.map((n) => [n.type, n.emailDelivery])).toEqual([['NEW_FITTING_SOLUTION', 'NOOIT']]);
    expect(await types(antwerpen.client)).toEqual([]);
    expect(await types(creator)).toEqual([]);
    const prefs = data<any[]>(await aalst.client.gql(Q.preferences), 'notificationPreferences');
    expect(prefs.find((p) => p.type === 'NEW_FITTING_SOLUTION')).toEqual({
      type: 'NEW_FITTING_SOLUTION', label: 'Nieuwe oplossing die past bij je bestuur', delivery: 'DAGELIJKS', isDefault: true,
    });
  });

  it('announces a solution when its maturity becomes beta or stable, once', async () => {
    const cap = await makeCapability(app);
    await giveCapabilities(app, '41002', [cap.key]);
    const aalst = await person('Bert Aalst');
    const slug = `concept-${suffix()}`;
    const UPDATE = `mutation($input: UpdateSolutionInput!) { updateSolution(input: $input) { slug } }`;
    ok(await admin.gql(`mutation($input: CreateSolutionInput!) { createSolution(input: $input) { slug } }`, { input: {
      slug, name: 'Nog een concept', summary: 'Idee', type: 'SOFTWARE', maturity: 'CONCEPT', requirements: [{ capabilityKey: cap.key, level: 'REQUIRED' }],
    } }));
    await settle(app);
    expect(await types(aalst.client)).toEqual([]);
    ok(await admin.gql(UPDATE, { input: { slug, maturity: 'BETA' } }));
    ok(await admin.gql(UPDATE, { input: { slug, maturity: 'STABLE' } }));
    await settle(app);
    expect(await types(aalst.client)).toEqual(['NEW_FITTING_SOLUTION']);
  });
});
