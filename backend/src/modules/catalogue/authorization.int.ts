import {
  adopt, catalogueSnapshot, makeCapability, makeIndicator, makeSolution, publiccodeYaml, setValue, suffix,
} from '../../test/catalogue.js';
import { Client, codeOf, createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';

// Who may do what, per mutation: anonymous, a member of the bestuur (Aalst), a member of another
// bestuur (Gent), a coordinator of Aalst's region (Denderregio), a coordinator of another region, an admin.
let app: TestApp;
const clients: Record<string, Client> = {};
let cap: string;
let ind: string;
let solutionSlug: string;

async function coordinatorOf(slug: string): Promise<Client> {
  const { user, client } = await signedIn(app);
  await app.ds.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $1 FROM regions WHERE slug = $2`, [user.id, slug]);
  return client;
}

beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  clients.anonymous = new Client(app.url);
  clients.memberOfTheBestuur = (await signedIn(app, { bestuurCode: '41002' })).client;
  clients.memberOfAnotherBestuur = (await signedIn(app, { bestuurCode: '44021' })).client;
  clients.coordinatorOfItsRegion = await coordinatorOf('denderregio');
  clients.coordinatorOfAnotherRegion = await coordinatorOf('regio-gent');
  clients.admin = (await signedIn(app, { admin: true })).client;
  cap = (await makeCapability(app)).key;
  ind = (await makeIndicator(app)).key;
  solutionSlug = (await makeSolution(app, { name: 'Bestaande oplossing' })).slug;
  await setValue(app, '41002', ind, 2016, 40);
});
afterAll(() => app.stop());

async function pendingCorrection(): Promise<string> {
  const proposer = await createUser(app, { bestuurCode: '41002' });
  const [row] = await app.ds.query(
    `INSERT INTO indicator_corrections (bestuur_id, indicator_id, year, current_value, proposed_value, reason, proposed_by)
     SELECT b.id, i.id, 2016, 40, 45, 'Nieuwe meting', $1 FROM besturen b, indicators i WHERE b.nis_code = '41002' AND i.key = $2 RETURNING id`,
    [proposer.id, ind],
  );
  return row.id;
}

type Kind = 'ADMIN' | 'BESTUUR';
type Prepare = () => Promise<[string, Record<string, unknown>]>;
const m = (name: string, type: string, fields = 'id') => `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`;

const OPS: [string, Kind, Prepare][] = [
  ['createSolution', 'ADMIN', async () => [m('createSolution', 'CreateSolutionInput'),
    { input: { slug: `nieuw-${suffix()}`, name: 'Nieuwe oplossing', summary: 'Kort', type: 'SOFTWARE', maturity: 'BETA', requirements: [{ capabilityKey: cap, level: 'REQUIRED' }] } }]],
  ['updateSolution', 'ADMIN', async () => [m('updateSolution', 'UpdateSolutionInput'), { input: { slug: solutionSlug, costIndication: `Prijs ${suffix()}` } }]],
  ['saveCapability', 'ADMIN', async () => [m('saveCapability', 'SaveCapabilityInput'), { input: { key: `cap-${suffix()}`, name: 'Nieuwe voorziening' } }]],
  ['saveIndicator', 'ADMIN', async () => [m('saveIndicator', 'SaveIndicatorInput'), { input: { key: `ind_${suffix()}`, name: 'Nieuw cijfer', source: 'Test', aggregation: 'SUM' } }]],
  ['acceptIndicatorCorrection', 'ADMIN', async () => [m('acceptIndicatorCorrection', 'DecideIndicatorCorrectionInput'), { input: { id: await pendingCorrection() } }]],
  ['rejectIndicatorCorrection', 'ADMIN', async () => [m('rejectIndicatorCorrection', 'DecideIndicatorCorrectionInput'), { input: { id: await pendingCorrection() } }]],
  ['importIndicators', 'ADMIN', async () => [m('importIndicators', 'ImportIndicatorsInput', 'committed'),
    { input: { content: `nis;${ind}\n44021;${Math.floor(Math.random() * 100)}\n`, source: `Test ${suffix()}`, year: 2015, dryRun: false } }]],
  ['importPubliccode', 'ADMIN', async () => [m('importPubliccode', 'ImportPubliccodeInput', 'committed'), { input: { content: publiccodeYaml(`pc-${suffix()}`), dryRun: false } }]],
  ['setBestuurCapabilities', 'BESTUUR', async () => [m('setBestuurCapabilities', 'SetBestuurCapabilitiesInput'), { input: { nisCode: '41002', capabilityKeys: [cap] } }]],
  ['setAdoption', 'BESTUUR', async () => [m('setAdoption', 'SetAdoptionInput'),
    { input: { nisCode: '41002', solutionSlug: (await makeSolution(app, { name: 'Te plannen' })).slug, status: 'GEPLAND', note: 'Start in het najaar' } }]],
  ['removeAdoption', 'BESTUUR', async () => {
    const s = await makeSolution(app, { name: 'Uit te faseren' });
    await adopt(app, '41002', s.id);
    return [m('removeAdoption', 'RemoveAdoptionInput'), { input: { nisCode: '41002', solutionSlug: s.slug } }];
  }],
  ['proposeIndicatorCorrection', 'BESTUUR', async () => [m('proposeIndicatorCorrection', 'ProposeIndicatorCorrectionInput'),
    { input: { nisCode: '41002', indicatorKey: ind, year: 2016, value: 42, reason: 'Nieuwe meting' } }]],
];

const ALLOWED: Record<Kind, string[]> = {
  ADMIN: ['admin'],
  BESTUUR: ['memberOfTheBestuur', 'coordinatorOfItsRegion', 'admin'],
};
const ROLES = ['anonymous', 'memberOfTheBestuur', 'memberOfAnotherBestuur', 'coordinatorOfItsRegion', 'coordinatorOfAnotherRegion', 'admin'];

describe('authorization per mutation', () => {
  it.each(OPS)('%s', async (name, kind, prepare) => {
    const outcome: Record<string, string> = {};
    for (const role of ROLES) {
      const [query, variables] = await prepare();
      const before = await catalogueSnapshot(app);
      const r = await clients[role].gql(query, variables);
      const after = await catalogueSnapshot(app);
      if (r.errors) {
        outcome[role] = String(codeOf(r));
        expect(r.data?.[name] ?? null).toBeNull();
        expect(after).toEqual(before);
      } else {
        outcome[role] = 'OK';
        expect(after).not.toEqual(before);
      }
    }
    const expected = Object.fromEntries(ROLES.map((role) =>
      [role, ALLOWED[kind].includes(role) ? 'OK' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']));
    expect(outcome).toEqual(expected);
  });
});

describe('the coordinators\' adoption grid', () => {
  it('is for coordinators of that region and administrators only', async () => {
    const s = await makeSolution(app, { name: 'In de grid' });
    await adopt(app, '41048', s.id, 'GEPLAND');
    const q = `{ adoptionGrid(regionSlug: "denderregio") { region { slug } besturen { nisCode } solutions { slug } cells { status bestuur { nisCode } solution { slug } } } }`;
    const outcome: Record<string, string> = {};
    for (const role of ROLES) {
      const r = await clients[role].gql(q);
      outcome[role] = r.errors ? String(codeOf(r)) : 'OK';
      if (!r.errors) {
        expect(r.data!.adoptionGrid.besturen).toHaveLength(14);
        expect(r.data!.adoptionGrid.cells).toContainEqual({ status: 'GEPLAND', bestuur: { nisCode: '41048' }, solution: { slug: s.slug } });
      }
    }
    expect(outcome).toEqual({
      anonymous: 'UNAUTHENTICATED', memberOfTheBestuur: 'FORBIDDEN', memberOfAnotherBestuur: 'FORBIDDEN',
      coordinatorOfItsRegion: 'OK', coordinatorOfAnotherRegion: 'FORBIDDEN', admin: 'OK',
    });
    expect(codeOf(await clients.admin.gql(`{ adoptionGrid(regionSlug: "atlantis") { region { slug } } }`))).toBe('NOT_FOUND');
  });
});
