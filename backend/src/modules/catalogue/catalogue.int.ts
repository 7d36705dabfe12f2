import {
  adopt, catalogueSnapshot, giveCapabilities, makeCapability, makeIndicator, makeSolution, setValue, suffix, valueOf,
} from '../../test/catalogue.js';
import { Client, codeOf, countQueries, signedIn, startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';

let app: TestApp;
let anon: Client;
let admin: Client;
let aalst: Client;
let aalstUserId: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
  admin = (await signedIn(app, { admin: true })).client;
  const a = await signedIn(app, { bestuurCode: '41002', name: 'Lotte Lid' });
  aalst = a.client;
  aalstUserId = a.user.id;
});
afterAll(() => app.stop());

const ok = <T>(r: GqlResult<T>): any => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const names = (conn: any) => conn.edges.map((e: any) => e.node.name);

describe('the catalogue', () => {
  let tag: string;
  beforeAll(async () => {
    tag = suffix();
    const c = await makeCapability(app, 'Aanmelden met eID');
    await makeSolution(app, { name: `Vergunningenregister ${tag}`, type: 'DATASET', domains: ['OMGEVING'], openSource: true, description: `Alle omgevingsvergunningen ${tag} als open data.` });
    await makeSolution(app, { name: `E-loket ${tag}`, type: 'SOFTWARE', domains: ['BURGERZAKEN', 'E_DIENSTVERLENING'], description: `Burgers ${tag} kunnen aanmelden met eID.`, required: [c.key] });
    await makeSolution(app, { name: `Procesaanpak ${tag}`, type: 'AANPAK', domains: ['ALGEMEEN_BESTUUR'], maturity: 'CONCEPT', openSource: true, description: `Werkwijze ${tag}.` });
  });

  const q = `query($search: String, $type: [SolutionType!], $domain: [SolutionDomain!], $maturity: [SolutionMaturity!], $openSource: Boolean) {
    solutions(first: 50, search: $search, type: $type, domain: $domain, maturity: $maturity, openSource: $openSource) { totalCount edges { node { name } } } }`;

  it('finds solutions with Dutch full-text search, stems and prefixes included', async () => {
    expect(names(ok(await anon.gql(q, { search: `${tag} vergunning` })).solutions)).toEqual([`Vergunningenregister ${tag}`]);
    expect(names(ok(await anon.gql(q, { search: `${tag} aanmeld` })).solutions)).toEqual([`E-loket ${tag}`]);
    expect(names(ok(await anon.gql(q, { search: `${tag}` })).solutions)).toEqual([`E-loket ${tag}`, `Procesaanpak ${tag}`, `Vergunningenregister ${tag}`]);
    expect(ok(await anon.gql(q, { search: `${tag} zwembad` })).solutions.totalCount).toBe(0);
  });

  it('filters on type, domain, maturity and open source', async () => {
    const f = async (v: Record<string, unknown>) => names(ok(await anon.gql(q, { search: tag, ...v })).solutions);
    expect(await f({ type: ['SOFTWARE', 'DATASET'] })).toEqual([`E-loket ${tag}`, `Vergunningenregister ${tag}`]);
    expect(await f({ domain: ['E_DIENSTVERLENING'] })).toEqual([`E-loket ${tag}`]);
    expect(await f({ maturity: ['CONCEPT'] })).toEqual([`Procesaanpak ${tag}`]);
    expect(await f({ openSource: true, type: ['AANPAK'] })).toEqual([`Procesaanpak ${tag}`]);
    expect(codeOf(await anon.gql(`{ solutions(type: [ROBOT]) { totalCount } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await anon.gql(`{ solutions(fitsBestuur: "99999") { totalCount } }`))).toBe('NOT_FOUND');
  });

  it('costs the same number of SQL queries for 2 solutions as for 20, with requirements, steps and adopters', async () => {
    for (let i = 0; i < 20; i++) {
      const s = await makeSolution(app, { name: `Lijst ${i}`, required: [(await makeCapability(app)).key], steps: [{ title: 'Stap', capabilityKey: null }] });
      await adopt(app, '41048', s.id);
    }
    const list = (n: number) => `{ solutions(first: ${n}) { edges { node { name adopterCount requirements { level capability { name } }
      prerequisites { indicator { name } minValue } steps { title capability { key } }
      adoptions { status bestuur { name region { name } } solution { slug } contact { displayName } } } } } }`;
    const two = await countQueries(app, async () => ok(await anon.gql(list(2))));
    const twenty = await countQueries(app, async () => ok(await anon.gql(list(20))));
    expect(two).toBeGreaterThan(0);
    expect(twenty).toBe(two);
  });
});

describe('administrators edit solutions', () => {
  const CREATE = `mutation($input: CreateSolutionInput!) { createSolution(input: $input) {
    slug name summary type domains maturity effortMinDays effortMaxDays requirements { level capability { key } } steps { title capability { key } } } }`;
  const UPDATE = `mutation($input: UpdateSolutionInput!) { updateSolution(input: $input) { slug name costIndication requirements { capability { key } } } }`;

  it('creates a solution with its requirements and steps, and records it in the audit log', async () => {
    const c = await makeCapability(app);
    const slug = `zaaksysteem-${suffix()}`;
    const r = ok(await admin.gql(CREATE, { input: {
      slug, name: ' Zaaksysteem ', summary: 'Dossiers en taken', type: 'SOFTWARE', maturity: 'STABLE', domains: ['ALGEMEEN_BESTUUR'],
      effortMinDays: 5, effortMaxDays: 10, requirements: [{ capabilityKey: c.key, level: 'REQUIRED' }],
      steps: [{ title: 'Koppel het zaaksysteem', kind: 'TECHNICAL', capabilityKey: c.key }],
    } }));
    expect(r.createSolution).toEqual({
      slug, name: 'Zaaksysteem', summary: 'Dossiers en taken', type: 'SOFTWARE', domains: ['ALGEMEEN_BESTUUR'], maturity: 'STABLE',
      effortMinDays: 5, effortMaxDays: 10, requirements: [{ level: 'REQUIRED', capability: { key: c.key } }],
      steps: [{ title: 'Koppel het zaaksysteem', capability: { key: c.key } }],
    });
    const audit = await app.ds.query(`SELECT a.action FROM audit_events a JOIN solutions s ON s.id::text = a.subject_id WHERE s.slug = $1`, [slug]);
    expect(audit).toEqual([{ action: 'solution.created' }]);

    const d = await makeCapability(app);
    const u = ok(await admin.gql(UPDATE, { input: { slug, costIndication: 'Gratis', requirements: [{ capabilityKey: d.key, level: 'RECOMMENDED' }] } }));
    expect(u.updateSolution).toEqual({ slug, name: 'Zaaksysteem', costIndication: 'Gratis', requirements: [{ capability: { key: d.key } }] });
  });

  it.each([
    ['an unknown capability', { requirements: [{ capabilityKey: 'bestaat-niet', level: 'REQUIRED' }] }, 'requirements.0.capabilityKey'],
    ['an unknown indicator', { prerequisites: [{ indicatorKey: 'bestaat_niet', minValue: 3 }] }, 'prerequisites.0.indicatorKey'],
    ['a summary over 150 characters', { summary: 'x'.repeat(151) }, 'summary'],
    ['a malformed slug', { slug: 'Met Spaties' }, 'slug'],
    ['more minimum effort than maximum', { effortMinDays: 20, effortMaxDays: 5 }, 'effortMaxDays'],
    ['a link that is not a URL', { links: [{ label: 'Site', url: 'javascript:alert(1)' }] }, 'links.0.url'],
  ])('refuses %s, naming the field, and changes nothing', async (_name, change, field) => {
    const before = await catalogueSnapshot(app);
    const r = await admin.gql(CREATE, { input: { slug: `geldig-${suffix()}`, name: 'Geldig', summary: 'Kort', type: 'SOFTWARE', maturity: 'BETA', ...change } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields).toHaveProperty([field]);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('refuses a slug that is taken, and a required field set to null', async () => {
    const { slug } = await makeSolution(app, { name: 'Bezet' });
    const before = await catalogueSnapshot(app);
    const dup = await admin.gql(CREATE, { input: { slug, name: 'Dubbel', summary: 'Kort', type: 'SOFTWARE', maturity: 'BETA' } });
    expect(codeOf(dup)).toBe('CONFLICT');
    const nulled = await admin.gql(UPDATE, { input: { slug, name: null } });
    expect(codeOf(nulled)).toBe('BAD_USER_INPUT');
    expect(nulled.errors![0].extensions!.fields).toHaveProperty('name');
    expect(codeOf(await admin.gql(UPDATE, { input: { slug: 'bestaat-niet', name: 'Bestaat niet' } }))).toBe('NOT_FOUND');
    expect(await catalogueSnapshot(app)).toEqual(before);
  });
});

describe('a bestuur\'s profile', () => {
  const PROFILE = `query($nis: String!) { bestuur(nisCode: $nis) { name profile { population
    capabilities { key } adoptions { status note startDate solution { name } contact { displayName } contactEmail }
    indicators { indicator { key } latest { value year } regionMean flandersMean } } } }`;

  it('compares each indicator with the region and Flanders for the same year', async () => {
    const i = await makeIndicator(app);
    await setValue(app, '41002', i.key, 2016, 60); // Aalst, Denderregio
    await setValue(app, '41048', i.key, 2016, 40); // Ninove, Denderregio
    await setValue(app, '44021', i.key, 2016, 80); // Gent, Regio Gent
    await setValue(app, '44021', i.key, 2015, 10); // another year: not in the comparison
    const p = ok(await anon.gql(PROFILE, { nis: '41002' })).bestuur.profile;
    expect(p.population).toBe(87332);
    expect(p.indicators.find((x: any) => x.indicator.key === i.key)).toEqual({
      indicator: { key: i.key }, latest: { value: 60, year: 2016 }, regionMean: 50, flandersMean: 60,
    });
  });

  it('lets a member set the bestuur\'s capabilities and adoptions, which the solution page and the profile show', async () => {
    const [c1, c2] = [await makeCapability(app, 'Eerste'), await makeCapability(app, 'Tweede')];
    await giveCapabilities(app, '41002', [c1.key]);
    const set = await aalst.gql(`mutation($input: SetBestuurCapabilitiesInput!) { setBestuurCapabilities(input: $input) { profile { capabilities { key } } } }`,
      { input: { nisCode: '41002', capabilityKeys: [c2.key] } });
    expect(ok(set).setBestuurCapabilities.profile.capabilities.map((c: any) => c.key)).not.toContain(c1.key);
    expect(ok(set).setBestuurCapabilities.profile.capabilities.map((c: any) => c.key)).toContain(c2.key);

    const name = `Gepland ${suffix()}`;
    const s = await makeSolution(app, { name });
    const SET = `mutation($input: SetAdoptionInput!) { setAdoption(input: $input) { status startDate endDate note contact { displayName } } }`;
    const r = ok(await aalst.gql(SET, { input: { nisCode: '41002', solutionSlug: s.slug, status: 'GEPLAND', startDate: '2026-03-01', note: 'Na de zomer', offerContact: true } }));
    expect(r.setAdoption).toEqual({ status: 'GEPLAND', startDate: '2026-03-01', endDate: null, note: 'Na de zomer', contact: { displayName: 'Lotte Lid' } });

    const page = `{ solution(slug: "${s.slug}") { adopterCount adoptions { status note bestuur { name region { slug } } contact { displayName } contactEmail } } }`;
    expect(ok(await anon.gql(page)).solution).toEqual({
      adopterCount: 0, adoptions: [{ status: 'GEPLAND', note: null, bestuur: { name: 'Aalst', region: { slug: 'denderregio' } }, contact: null, contactEmail: null }],
    });
    const [{ email }] = await app.ds.query('SELECT email FROM users WHERE id = $1', [aalstUserId]);
    expect(ok(await admin.gql(page)).solution.adoptions[0]).toMatchObject({ note: 'Na de zomer', contact: { displayName: 'Lotte Lid' }, contactEmail: email });

    ok(await aalst.gql(SET, { input: { nisCode: '41002', solutionSlug: s.slug, status: 'IN_GEBRUIK', offerContact: false } }));
    expect(ok(await anon.gql(page)).solution.adopterCount).toBe(1);
    const mine = ok(await aalst.gql(PROFILE, { nis: '41002' })).bestuur.profile.adoptions.find((a: any) => a.solution.name === name);
    expect(mine).toMatchObject({ status: 'IN_GEBRUIK', note: 'Na de zomer', startDate: '2026-03-01' });

    const removed = ok(await aalst.gql(`mutation($input: RemoveAdoptionInput!) { removeAdoption(input: $input) { nisCode } }`, { input: { nisCode: '41002', solutionSlug: s.slug } }));
    expect(removed.removeAdoption).toEqual({ nisCode: '41002' });
    expect(ok(await anon.gql(page)).solution.adoptions).toEqual([]);
  });

  it.each([
    ['an unknown capability', 'setBestuurCapabilities', 'SetBestuurCapabilitiesInput', { nisCode: '41002', capabilityKeys: ['bestaat-niet'] }, 'BAD_USER_INPUT', 'capabilityKeys'],
    ['an end before the start', 'setAdoption', 'SetAdoptionInput', { nisCode: '41002', solutionSlug: 'x', status: 'GEPLAND', startDate: '2026-05-01', endDate: '2026-04-01' }, 'BAD_USER_INPUT', 'endDate'],
    ['a date that does not exist', 'setAdoption', 'SetAdoptionInput', { nisCode: '41002', solutionSlug: 'x', status: 'GEPLAND', startDate: '2026-02-30' }, 'BAD_USER_INPUT', 'startDate'],
    ['an unknown solution', 'setAdoption', 'SetAdoptionInput', { nisCode: '41002', solutionSlug: 'bestaat-niet', status: 'GEPLAND' }, 'NOT_FOUND', null],
    ['an unknown municipality', 'setAdoption', 'SetAdoptionInput', { nisCode: '99999', solutionSlug: 'x', status: 'GEPLAND' }, 'NOT_FOUND', null],
    ['removing an adoption that does not exist', 'removeAdoption', 'RemoveAdoptionInput', { nisCode: '41002', solutionSlug: 'bestaat-niet' }, 'NOT_FOUND', null],
  ])('refuses %s and changes nothing', async (_name, mutation, type, input, code, field) => {
    const before = await catalogueSnapshot(app);
    const r = await aalst.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input });
    expect(codeOf(r)).toBe(code);
    if (field) expect(r.errors![0].extensions!.fields).toHaveProperty(field);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('costs the same number of SQL queries for one profile as for a whole region', async () => {
    const s = await makeSolution(app, { name: `Overal ${suffix()}` });
    await adopt(app, '41002', s.id);
    await adopt(app, '41048', s.id);
    const sel = `profile { population capabilities { key } adoptions { status solution { name } bestuur { name } }
      indicators { indicator { name } latest { value } regionMean flandersMean history { year } } }`;
    const one = await countQueries(app, async () => ok(await anon.gql(`{ bestuur(nisCode: "41002") { ${sel} } }`)));
    const region = await countQueries(app, async () => ok(await anon.gql(`{ region(slug: "denderregio") { besturen { ${sel} } } }`)));
    expect(region).toBe(one + 1); // the region's besturen are one query more than one bestuur
  });
});

describe('corrections of imported figures', () => {
  const PROPOSE = `mutation($input: ProposeIndicatorCorrectionInput!) { proposeIndicatorCorrection(input: $input) { id status currentValue proposedValue } }`;
  const ACCEPT = `mutation($input: DecideIndicatorCorrectionInput!) { acceptIndicatorCorrection(input: $input) { status decidedAt indicator { key } bestuur { name } proposedBy { displayName } } }`;
  const REJECT = `mutation($input: DecideIndicatorCorrectionInput!) { rejectIndicatorCorrection(input: $input) { status decisionNote } }`;

  it('changes nothing until an administrator accepts; then the value carries the correction as its source', async () => {
    const i = await makeIndicator(app);
    await setValue(app, '41002', i.key, 2016, 40);
    const p = ok(await aalst.gql(PROPOSE, { input: { nisCode: '41002', indicatorKey: i.key, year: 2016, value: 55, reason: 'De I-Monitor telde de politiezone mee.' } }));
    expect(p.proposeIndicatorCorrection).toMatchObject({ status: 'PENDING', currentValue: 40, proposedValue: 55 });
    expect(await valueOf(app, '41002', i.key, 2016)).toBe(40);
    const pending = ok(await admin.gql(`{ indicatorCorrections(status: PENDING, first: 100) { edges { node { id } } } }`));
    expect(pending.indicatorCorrections.edges.map((e: any) => e.node.id)).toContain(p.proposeIndicatorCorrection.id);

    const a = ok(await admin.gql(ACCEPT, { input: { id: p.proposeIndicatorCorrection.id } }));
    expect(a.acceptIndicatorCorrection).toMatchObject({ status: 'ACCEPTED', indicator: { key: i.key }, bestuur: { name: 'Aalst' }, proposedBy: { displayName: 'Lotte Lid' } });
    expect(await valueOf(app, '41002', i.key, 2016)).toBe(55);
    const [row] = await app.ds.query(`SELECT v.source, v.correction_id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN besturen b ON b.id = v.bestuur_id
      WHERE i.key = $1 AND b.nis_code = '41002'`, [i.key]);
    expect(row).toEqual({ source: 'Correctie', correction_id: p.proposeIndicatorCorrection.id });

    const before = await catalogueSnapshot(app);
    expect(codeOf(await admin.gql(ACCEPT, { input: { id: p.proposeIndicatorCorrection.id } }))).toBe('CONFLICT');
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('leaves the value alone when rejected, and refuses a value out of range', async () => {
    const i = await makeIndicator(app);
    await setValue(app, '41002', i.key, 2016, 40);
    const p = ok(await aalst.gql(PROPOSE, { input: { nisCode: '41002', indicatorKey: i.key, year: 2016, value: 10, reason: 'Te hoog ingeschat.' } }));
    expect(ok(await admin.gql(REJECT, { input: { id: p.proposeIndicatorCorrection.id, note: 'Klopt wel.' } })).rejectIndicatorCorrection)
      .toEqual({ status: 'REJECTED', decisionNote: 'Klopt wel.' });
    expect(await valueOf(app, '41002', i.key, 2016)).toBe(40);
    const before = await catalogueSnapshot(app);
    const bad = await aalst.gql(PROPOSE, { input: { nisCode: '41002', indicatorKey: i.key, year: 2016, value: 101, reason: 'Te laag.' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields.value).toMatch(/groter dan het maximum 100/);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });
});
