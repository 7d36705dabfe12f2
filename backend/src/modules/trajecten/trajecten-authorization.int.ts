import { randomBytes } from 'node:crypto';
import { Client, codeOf, createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { addMember, addMilestone, addUpdate, EVERYONE, fingerprint, makeTraject, type TrajectRow, type Who } from '../../test/trajecten.js';

// Every mutation, asked by each kind of caller: anonymous, a member, a team member, a lead, an administrator.
let app: TestApp;
const who = {} as Record<Who, Client>;
const ids = {} as Record<Exclude<Who, 'anonymous'>, string>;

beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  const people = await Promise.all([
    signedIn(app, { bestuurCode: '41002' }), signedIn(app, { bestuurCode: '41002' }), signedIn(app, { bestuurCode: '41002' }),
    signedIn(app, { admin: true, bestuurCode: '44021' }),
  ]);
  who.anonymous = new Client(app.url);
  (['member', 'teamMember', 'lead', 'admin'] as const).forEach((w, i) => {
    who[w] = people[i].client;
    ids[w] = people[i].user.id;
  });
});
afterAll(() => app.stop());

/** A fresh traject with the team member and the lead on its team. */
async function traject(): Promise<TrajectRow> {
  const t = await makeTraject(app);
  await addMember(app, t.id, ids.teamMember, 'MEMBER');
  await addMember(app, t.id, ids.lead, 'LEAD');
  return t;
}

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
interface Case {
  query: string;
  input: (t: TrajectRow, caller: Who) => Promise<Record<string, unknown>>;
  allowed: Who[];
}

const ADMINS: Who[] = ['admin'];
const MANAGERS: Who[] = ['lead', 'admin'];
const TEAM: Who[] = ['teamMember', 'lead', 'admin'];
const MEMBERS: Who[] = ['member', 'teamMember', 'lead', 'admin'];

const m = (name: string, type: string, select = 'id') => `mutation($input: ${type}!) { ${name}(input: $input) { ${select} } }`;
const draft = async (t: TrajectRow) => ({ updateId: await addUpdate(app, t.id) });

const CASES: Record<string, Case> = {
  createTraject: {
    query: m('createTraject', 'CreateTrajectInput'), allowed: ADMINS,
    input: async () => ({ title: `Nieuw traject ${randomBytes(3).toString('hex')}`, summary: 'Kort', phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'] }),
  },
  updateTraject: { query: m('updateTraject', 'UpdateTrajectInput'), allowed: MANAGERS, input: async (t) => ({ trajectId: t.id, status: 'UITROL' }) },
  setTrajectProgress: {
    query: m('setTrajectProgress', 'SetTrajectProgressInput'), allowed: MANAGERS,
    input: async (t) => ({ trajectId: t.id, progress: 40, reason: 'Piloot loopt voor op de planning.' }),
  },
  appointTrajectMember: {
    query: m('appointTrajectMember', 'AppointTrajectMemberInput'), allowed: MANAGERS,
    input: async (t) => ({ trajectId: t.id, userId: (await createUser(app)).id, role: 'MEMBER' }),
  },
  removeTrajectMember: {
    query: m('removeTrajectMember', 'RemoveTrajectMemberInput'), allowed: MANAGERS,
    input: async (t) => {
      const extra = await createUser(app);
      await addMember(app, t.id, extra.id, 'MEMBER');
      return { trajectId: t.id, userId: extra.id };
    },
  },
  setRolloutStatus: {
    query: m('setRolloutStatus', 'SetRolloutStatusInput'), allowed: MANAGERS, input: async (t) => ({ trajectId: t.id, nisCodes: ['44021'], status: 'LIVE' }),
  },
  createMilestone: {
    query: m('createMilestone', 'CreateMilestoneInput'), allowed: MANAGERS, input: async (t) => ({ trajectId: t.id, title: 'Piloot afgerond', dueDate: '2026-03-31' }),
  },
  updateMilestone: {
    query: m('updateMilestone', 'UpdateMilestoneInput'), allowed: MANAGERS,
    input: async (t) => ({ milestoneId: await addMilestone(app, t.id), status: 'BEHAALD' }),
  },
  deleteMilestone: {
    query: m('deleteMilestone', 'DeleteMilestoneInput'), allowed: MANAGERS, input: async (t) => ({ milestoneId: await addMilestone(app, t.id) }),
  },
  createOutcomeIndicator: {
    query: m('createOutcomeIndicator', 'CreateOutcomeIndicatorInput'), allowed: MANAGERS,
    input: async (t) => ({ trajectId: t.id, name: 'Dagen tot de akte', unit: 'werkdagen', baseline: 4.5 }),
  },
  recordIndicatorMeasurement: {
    query: m('recordIndicatorMeasurement', 'RecordIndicatorMeasurementInput'), allowed: MANAGERS,
    input: async (t) => {
      const [i] = await app.ds.query(`INSERT INTO outcome_indicators (traject_id, name, baseline) VALUES ($1, 'Dagen', 5) RETURNING id`, [t.id]);
      return { indicatorId: i.id, value: 2, measuredOn: '2025-06-30' };
    },
  },
  decideParticipationRequest: {
    query: m('decideParticipationRequest', 'DecideParticipationRequestInput'), allowed: MANAGERS,
    input: async (t) => {
      const asker = await createUser(app, { bestuurCode: '43010' });
      const [s] = await app.ds.query(
        `INSERT INTO traject_subscriptions (traject_id, user_id, level, request_status, bestuur_id)
         VALUES ($1, $2, 'DEELNEMEN', 'PENDING', (SELECT id FROM besturen WHERE code = '43010')) RETURNING id`, [t.id, asker.id]);
      return { subscriptionId: s.id, accept: true, message: 'Welkom!' };
    },
  },
  createProgressUpdate: {
    query: m('createProgressUpdate', 'CreateProgressUpdateInput'), allowed: TEAM, input: async (t) => ({ trajectId: t.id, title: 'Nieuws', body: 'Tekst' }),
  },
  updateProgressUpdate: { query: m('updateProgressUpdate', 'UpdateProgressUpdateInput'), allowed: TEAM, input: async (t) => ({ ...(await draft(t)), title: 'Nieuwe titel' }) },
  scheduleProgressUpdate: {
    query: m('scheduleProgressUpdate', 'ScheduleProgressUpdateInput'), allowed: TEAM,
    input: async (t) => ({ ...(await draft(t)), publishAt: new Date(Date.now() + 86_400_000).toISOString() }),
  },
  publishProgressUpdate: { query: m('publishProgressUpdate', 'ProgressUpdateIdInput'), allowed: TEAM, input: draft },
  deleteProgressUpdate: { query: m('deleteProgressUpdate', 'ProgressUpdateIdInput'), allowed: TEAM, input: draft },
  subscribeToTraject: { query: m('subscribeToTraject', 'SubscribeToTrajectInput'), allowed: MEMBERS, input: async (t) => ({ trajectId: t.id, level: 'VOLGEN' }) },
  unsubscribeFromTraject: {
    query: m('unsubscribeFromTraject', 'TrajectIdInput'), allowed: MEMBERS,
    input: async (t, caller) => {
      if (caller !== 'anonymous') await app.ds.query(`INSERT INTO traject_subscriptions (traject_id, user_id, level) VALUES ($1, $2, 'VOLGEN')`, [t.id, ids[caller]]);
      return { trajectId: t.id };
    },
  },
  registerBestuurInterest: { query: m('registerBestuurInterest', 'TrajectIdInput'), allowed: MEMBERS, input: async (t) => ({ trajectId: t.id }) },
};

const expected = (c: Case, caller: Who): Outcome =>
  c.allowed.includes(caller) ? 'ok' : caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';

const table = Object.entries(CASES).flatMap(([name, c]) => EVERYONE.map((caller) => [name, caller, expected(c, caller)] as const));

describe('who may run each mutation', () => {
  it.each(table)('%s by %s → %s', async (name, caller, outcome) => {
    const c = CASES[name];
    const t = await traject();
    const input = await c.input(t, caller);
    const before = await fingerprint(app);
    const r = await who[caller].gql(c.query, { input });
    if (outcome === 'ok') {
      expect(r.errors).toBeUndefined();
      expect(r.data?.[name]).toBeTruthy();
      expect(await fingerprint(app)).not.toEqual(before);
    } else {
      expect(codeOf(r)).toBe(outcome);
      expect(r.data ?? null).toBeNull();
      expect(await fingerprint(app)).toEqual(before);
    }
  });

  it('treats a members-only traject like an unknown one for anonymous callers and as usual for members', async () => {
    const t = await makeTraject(app, { visibility: 'MEMBERS' });
    await addMember(app, t.id, ids.lead, 'LEAD');
    const sub = `mutation($input: SubscribeToTrajectInput!) { subscribeToTraject(input: $input) { level } }`;
    expect(codeOf(await who.anonymous.gql(sub, { input: { trajectId: t.id, level: 'VOLGEN' } }))).toBe('UNAUTHENTICATED');
    expect((await who.member.gql(sub, { input: { trajectId: t.id, level: 'VOLGEN' } })).data).toEqual({ subscribeToTraject: { level: 'VOLGEN' } });
  });
});

describe('who may read the team\'s lists', () => {
  const SUBSCRIBERS = `query($id: ID!) { trajectSubscribers(trajectId: $id) { totalCount edges { node { level user { id } } } } }`;
  const DRAFTS = `query($id: ID!) { progressUpdates(trajectId: $id, status: DRAFT) { totalCount edges { node { title } } } }`;
  const PUBLISHED = `query($id: ID!) { progressUpdates(trajectId: $id) { totalCount edges { node { title } } } }`;

  it.each(EVERYONE.map((w) => [w, TEAM.includes(w)] as const))('%s sees the subscribers and drafts: %s', async (caller, allowed) => {
    const t = await traject();
    await app.ds.query(`INSERT INTO traject_subscriptions (traject_id, user_id, level) VALUES ($1, $2, 'VOLGEN')`, [t.id, ids.member]);
    await addUpdate(app, t.id, { title: 'Concept' });
    await addUpdate(app, t.id, { title: 'Gepubliceerd', status: 'PUBLISHED' });
    const subs = await who[caller].gql(SUBSCRIBERS, { id: t.id });
    const drafts = await who[caller].gql(DRAFTS, { id: t.id });
    if (allowed) {
      expect(subs.data?.trajectSubscribers).toEqual({ totalCount: 1, edges: [{ node: { level: 'VOLGEN', user: { id: ids.member } } }] });
      expect(drafts.data?.progressUpdates.edges).toEqual([{ node: { title: 'Concept' } }]);
    } else {
      expect(codeOf(subs)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(codeOf(drafts)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    expect((await who[caller].gql(PUBLISHED, { id: t.id })).data?.progressUpdates.edges).toEqual([{ node: { title: 'Gepubliceerd' } }]);
  });
});
