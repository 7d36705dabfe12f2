import { Client, codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { addMilestone, addUpdate, callers, fingerprint, makeTraject, ok, type TrajectRow } from '../../test/trajecten.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
});
afterAll(() => app.stop());

const CREATE_MS = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id status weight reachedAt } }`;
const UPDATE_MS = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status weight reachedAt } }`;
const SET_PROGRESS = `mutation($input: SetTrajectProgressInput!) { setTrajectProgress(input: $input) { progress progressMode progressReason } }`;
const PAGE = `query($slug: String!) { traject(slug: $slug) { progress progressMode progressReason
  progressHistory { progress mode reason updateId } milestones { title status weight } } }`;
const CREATE_UPDATE = `mutation($input: CreateProgressUpdateInput!) { createProgressUpdate(input: $input) { id status } }`;
const PUBLISH = `mutation($input: ProgressUpdateIdInput!) { publishProgressUpdate(input: $input) {
  id status publishedAt progressSnapshot milestoneChanges { status milestone { id status } } } }`;
const EDIT = `mutation($input: UpdateProgressUpdateInput!) { updateProgressUpdate(input: $input) {
  title body edited editedAt revisions { title body editedBy { id } } } }`;
const SCHEDULE = `mutation($input: ScheduleProgressUpdateInput!) { scheduleProgressUpdate(input: $input) { status publishAt } }`;

async function setup() {
  const t = await makeTraject(app);
  return { t, who: await callers(app, t.id) };
}

const page = async (c: Client, t: TrajectRow) => ok(await c.gql(PAGE, { slug: t.slug })).traject;
const eventTypes = async (t: TrajectRow) =>
  (await app.ds.query(`SELECT type FROM traject_events WHERE traject_id = $1 ORDER BY position`, [t.id])).map((r: { type: string }) => r.type);

/** Runs a refused call: the error code (and field) are as expected, and no row anywhere changed. */
async function refused(client: Client, query: string, input: unknown, code: string, field?: string) {
  const before = await fingerprint(app);
  const r = await client.gql(query, { input });
  expect(codeOf(r)).toBe(code);
  if (field) expect(r.errors?.[0].extensions?.fields).toHaveProperty([field]);
  expect(await fingerprint(app)).toEqual(before);
  return r;
}

describe('the milestone roll-up', () => {
  it('is the weighted share of reached milestones, and every change is kept', async () => {
    const { t, who } = await setup();
    const a = ok(await who.lead.gql(CREATE_MS, { input: { trajectId: t.id, title: 'Analyse klaar', dueDate: '2025-03-31', weight: 1 } })).createMilestone;
    const b = ok(await who.lead.gql(CREATE_MS, { input: { trajectId: t.id, title: 'Piloot klaar', dueDate: '2025-09-30', weight: 3 } })).createMilestone;
    expect((await page(who.anonymous, t)).progress).toBe(0);

    const reached = ok(await who.lead.gql(UPDATE_MS, { input: { milestoneId: a.id, status: 'BEHAALD' } })).updateMilestone;
    expect(reached.reachedAt).toEqual(expect.any(String));
    expect((await page(who.anonymous, t)).progress).toBe(25);
    ok(await who.lead.gql(UPDATE_MS, { input: { milestoneId: b.id, status: 'BEHAALD' } }));
    expect((await page(who.anonymous, t)).progress).toBe(100);
    ok(await who.admin.gql(UPDATE_MS, { input: { milestoneId: b.id, weight: 1 } }));
    ok(await who.lead.gql(UPDATE_MS, { input: { milestoneId: a.id, status: 'VERTRAAGD' } }));

    const p = await page(who.anonymous, t);
    expect(p.progress).toBe(50);
    expect(p.progressMode).toBe('ROLLUP');
    expect(p.progressHistory.map((h: any) => h.progress)).toEqual([25, 100, 50]);
    expect(await eventTypes(t)).toEqual([
      'MILESTONE_CHANGED', 'MILESTONE_CHANGED',
      'MILESTONE_CHANGED', 'MILESTONE_REACHED', 'PROGRESS_CHANGED',
      'MILESTONE_CHANGED', 'MILESTONE_REACHED', 'PROGRESS_CHANGED',
      'MILESTONE_CHANGED',
      'MILESTONE_CHANGED', 'PROGRESS_CHANGED',
    ]);
  });

  it('gives way to a progress a lead sets with a reason, until the lead returns to the roll-up', async () => {
    const { t, who } = await setup();
    const ms = await addMilestone(app, t.id, { weight: 2 });
    await addMilestone(app, t.id, { weight: 2 });
    const set = ok(await who.lead.gql(SET_PROGRESS, { input: { trajectId: t.id, progress: 60, reason: 'Piloot loopt voor.' } })).setTrajectProgress;
    expect(set).toEqual({ progress: 60, progressMode: 'MANUAL', progressReason: 'Piloot loopt voor.' });
    ok(await who.lead.gql(UPDATE_MS, { input: { milestoneId: ms, status: 'BEHAALD' } }));
    expect((await page(who.anonymous, t)).progress).toBe(60);
    const back = ok(await who.lead.gql(SET_PROGRESS, { input: { trajectId: t.id, progress: null } })).setTrajectProgress;
    expect(back).toEqual({ progress: 50, progressMode: 'ROLLUP', progressReason: null });
    const history = (await page(who.anonymous, t)).progressHistory;
    expect(history).toEqual([
      { progress: 60, mode: 'MANUAL', reason: 'Piloot loopt voor.', updateId: null },
      { progress: 50, mode: 'ROLLUP', reason: null, updateId: null },
    ]);
    const [audit] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1 AND action = 'traject.progressSet'`, [t.id]);
    expect(audit.n).toBe(2);
  });

  it('refuses a progress outside 0–100, or without a reason, and changes nothing', async () => {
    const { t, who } = await setup();
    await refused(who.lead, SET_PROGRESS, { trajectId: t.id, progress: 101, reason: 'x' }, 'BAD_USER_INPUT', 'progress');
    const r = await refused(who.lead, SET_PROGRESS, { trajectId: t.id, progress: -1, reason: 'x' }, 'BAD_USER_INPUT', 'progress');
    expect(r.errors?.[0].extensions?.fields.progress).toBe('De voortgang ligt tussen 0 en 100.');
    await refused(who.lead, SET_PROGRESS, { trajectId: t.id, progress: 40 }, 'BAD_USER_INPUT', 'reason');
    await refused(who.lead, SET_PROGRESS, { trajectId: t.id, progress: 40, reason: '   ' }, 'BAD_USER_INPUT', 'reason');
  });

  it('refuses a negative weight and changes nothing', async () => {
    const { t, who } = await setup();
    const r = await refused(who.lead, CREATE_MS, { trajectId: t.id, title: 'Negatief', dueDate: '2025-03-31', weight: -1 }, 'BAD_USER_INPUT', 'weight');
    expect(r.errors?.[0].extensions?.fields.weight).toBe('Het gewicht mag niet negatief zijn.');
    const ms = await addMilestone(app, t.id);
    await refused(who.lead, UPDATE_MS, { milestoneId: ms, weight: -5 }, 'BAD_USER_INPUT', 'weight');
  });
});

describe('progress updates', () => {
  it('publishes an update that reaches a milestone, with a progress snapshot, in one go', async () => {
    const { t, who } = await setup();
    const ms = await addMilestone(app, t.id, { weight: 1 });
    await addMilestone(app, t.id, { weight: 3 });
    const draft = ok(await who.teamMember.gql(CREATE_UPDATE, {
      input: { trajectId: t.id, title: 'Analyse afgerond', body: 'De **analyse** is klaar.', milestoneChanges: [{ milestoneId: ms, status: 'BEHAALD' }], attachProgress: true },
    })).createProgressUpdate;
    expect(draft.status).toBe('DRAFT');
    expect((await page(who.anonymous, t)).progress).toBe(0);

    const published = ok(await who.teamMember.gql(PUBLISH, { input: { updateId: draft.id } })).publishProgressUpdate;
    expect(published).toMatchObject({ status: 'PUBLISHED', progressSnapshot: 25, milestoneChanges: [{ status: 'BEHAALD', milestone: { id: ms, status: 'BEHAALD' } }] });
    const p = await page(who.anonymous, t);
    expect(p.progress).toBe(25);
    expect(p.progressHistory).toEqual([{ progress: 25, mode: 'ROLLUP', reason: null, updateId: draft.id }]);
    expect(await eventTypes(t)).toEqual(['UPDATE_PUBLISHED', 'MILESTONE_CHANGED', 'MILESTONE_REACHED', 'PROGRESS_CHANGED']);
  });

  it('refuses to publish an update twice, and changes nothing the second time', async () => {
    const { t, who } = await setup();
    const id = await addUpdate(app, t.id);
    ok(await who.lead.gql(PUBLISH, { input: { updateId: id } }));
    const r = await refused(who.lead, PUBLISH, { updateId: id }, 'CONFLICT');
    expect(r.errors?.[0].message).toBe('Dit bericht is al gepubliceerd.');
    await refused(who.lead, SCHEDULE, { updateId: id, publishAt: new Date(Date.now() + 3_600_000).toISOString() }, 'CONFLICT');
  });

  it('refuses to schedule in the past, and changes nothing', async () => {
    const { t, who } = await setup();
    const id = await addUpdate(app, t.id);
    const r = await refused(who.teamMember, SCHEDULE, { updateId: id, publishAt: new Date(Date.now() - 60_000).toISOString() }, 'BAD_USER_INPUT', 'publishAt');
    expect(r.errors?.[0].extensions?.fields.publishAt).toBe('Dit tijdstip ligt in het verleden.');
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(ok(await who.teamMember.gql(SCHEDULE, { input: { updateId: id, publishAt: later } })).scheduleProgressUpdate)
      .toEqual({ status: 'SCHEDULED', publishAt: later });
    expect(ok(await who.teamMember.gql(SCHEDULE, { input: { updateId: id, publishAt: null } })).scheduleProgressUpdate)
      .toEqual({ status: 'DRAFT', publishAt: null });
  });

  it('refuses a non-team member publishing or editing, and changes nothing', async () => {
    const { t, who } = await setup();
    const id = await addUpdate(app, t.id);
    const published = await addUpdate(app, t.id, { status: 'PUBLISHED' });
    await refused(who.member, PUBLISH, { updateId: id }, 'FORBIDDEN');
    await refused(who.member, EDIT, { updateId: published, body: 'Overschreven' }, 'FORBIDDEN');
    await refused(who.anonymous, EDIT, { updateId: published, body: 'Overschreven' }, 'UNAUTHENTICATED');
  });

  it('keeps the earlier text when a published update is edited, and shows it as edited', async () => {
    const { t, who } = await setup();
    const ms = await addMilestone(app, t.id);
    const id = await addUpdate(app, t.id, { title: 'Eerste versie', body: 'Oud' });
    const draftEdit = ok(await who.teamMember.gql(EDIT, { input: { updateId: id, body: 'Nog een concept' } })).updateProgressUpdate;
    expect(draftEdit).toMatchObject({ edited: false, revisions: [] });
    ok(await who.teamMember.gql(PUBLISH, { input: { updateId: id } }));
    const edited = ok(await who.lead.gql(EDIT, { input: { updateId: id, title: 'Tweede versie', body: 'Nieuw' } })).updateProgressUpdate;
    expect(edited).toMatchObject({
      title: 'Tweede versie', body: 'Nieuw', edited: true, editedAt: expect.any(String),
      revisions: [{ title: 'Eerste versie', body: 'Nog een concept', editedBy: { id: expect.any(String) } }],
    });
    await refused(who.lead, EDIT, { updateId: id, milestoneChanges: [{ milestoneId: ms, status: 'BEHAALD' }] }, 'BAD_USER_INPUT', 'milestoneChanges');
    expect((await eventTypes(t)).slice(-1)).toEqual(['UPDATE_EDITED']);
  });

  it('refuses a milestone of another traject in an update', async () => {
    const { t, who } = await setup();
    const other = await makeTraject(app);
    const foreign = await addMilestone(app, other.id);
    await refused(who.teamMember, CREATE_UPDATE, {
      trajectId: t.id, title: 'Fout', body: 'x', milestoneChanges: [{ milestoneId: foreign, status: 'BEHAALD' }],
    }, 'BAD_USER_INPUT', 'milestoneChanges');
  });

  it('lists published updates newest first, page by page', async () => {
    const { t, who } = await setup();
    for (let i = 1; i <= 5; i++) {
      const id = await addUpdate(app, t.id, { title: `Bericht ${i}` });
      ok(await who.lead.gql(PUBLISH, { input: { updateId: id } }));
    }
    const q = `query($id: ID!, $after: String) { progressUpdates(trajectId: $id, first: 2, after: $after) {
      totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    const titles: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 5; n++) {
      const r: any = ok(await who.anonymous.gql(q, { id: t.id, after })).progressUpdates;
      expect(r.totalCount).toBe(5);
      titles.push(...r.edges.map((e: any) => e.node.title));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(titles).toEqual(['Bericht 5', 'Bericht 4', 'Bericht 3', 'Bericht 2', 'Bericht 1']);
  });
});

describe('outcome indicators and the team', () => {
  it('keeps an indicator\'s baseline and measured values over time', async () => {
    const { t, who } = await setup();
    const i = ok(await who.lead.gql(`mutation($input: CreateOutcomeIndicatorInput!) { createOutcomeIndicator(input: $input) { id } }`, {
      input: { trajectId: t.id, name: 'Dagen tussen overlijden en akte', unit: 'werkdagen', baseline: 4.5, target: 1 },
    })).createOutcomeIndicator;
    const REC = `mutation($input: RecordIndicatorMeasurementInput!) { recordIndicatorMeasurement(input: $input) { measurements { value measuredOn } } }`;
    ok(await who.lead.gql(REC, { input: { indicatorId: i.id, value: 2, measuredOn: '2025-09-30' } }));
    const r = ok(await who.lead.gql(REC, { input: { indicatorId: i.id, value: 3.5, measuredOn: '2025-03-31' } })).recordIndicatorMeasurement;
    expect(r.measurements).toEqual([{ value: 3.5, measuredOn: '2025-03-31' }, { value: 2, measuredOn: '2025-09-30' }]);
    const p = ok(await who.anonymous.gql(`query($s: String!) { traject(slug: $s) { indicators { name unit baseline target } } }`, { s: t.slug })).traject;
    expect(p.indicators).toEqual([{ name: 'Dagen tussen overlijden en akte', unit: 'werkdagen', baseline: 4.5, target: 1 }]);
  });

  it('lets a lead appoint a second lead, change a role and remove a member', async () => {
    const { t, who } = await setup();
    const APPOINT = `mutation($input: AppointTrajectMemberInput!) { appointTrajectMember(input: $input) { team { role user { id } } } }`;
    const r = ok(await who.lead.gql(APPOINT, { input: { trajectId: t.id, userId: who.ids.teamMember, role: 'LEAD' } })).appointTrajectMember;
    expect(r.team).toEqual(expect.arrayContaining([{ role: 'LEAD', user: { id: who.ids.teamMember } }, { role: 'LEAD', user: { id: who.ids.lead } }]));
    await refused(who.lead, APPOINT, { trajectId: t.id, userId: who.ids.teamMember, role: 'LEAD' }, 'CONFLICT');
    const REMOVE = `mutation($input: RemoveTrajectMemberInput!) { removeTrajectMember(input: $input) { team { role user { id } } } }`;
    const after = ok(await who.teamMember.gql(REMOVE, { input: { trajectId: t.id, userId: who.ids.lead } })).removeTrajectMember;
    expect(after.team).toEqual([{ role: 'LEAD', user: { id: who.ids.teamMember } }]);
    expect(await eventTypes(t)).toEqual(['TEAM_CHANGED', 'TEAM_CHANGED']);
  });
});
