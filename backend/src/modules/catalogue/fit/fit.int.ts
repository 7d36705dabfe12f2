import { adopt, giveCapabilities, makeCapability, makeIndicator, makeSolution, setValue } from '../../../test/catalogue.js';
import { Client, codeOf, countQueries, signedIn, startTestApp, type GqlResult, type TestApp } from '../../../test/harness.js';

// The fit is tested against a fixed table: three profiles × five solutions → expected order, scores and explanations.
// Profiles: Aalst (87.332 inwoners, Denderregio), Herstappe (79, Limburg), Gent (263.927, Regio Gent).
let app: TestApp;
let anon: Client;
const ids: Record<string, string> = {};
let A: string;
let B: string;
let C: string;
let iv: string;

beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
  A = (await makeCapability(app, 'Aansluiting A')).key;
  B = (await makeCapability(app, 'Bouwsteen B')).key;
  C = (await makeCapability(app, 'Centrale C')).key;
  iv = (await makeIndicator(app, { name: 'Informatieveiligheid' })).key;
  ids.Alfa = (await makeSolution(app, { name: 'Alfa', required: [A], recommended: [B], populationMin: 10000, populationMax: 100000, prerequisites: [[iv, 50]] })).id;
  ids.Bravo = (await makeSolution(app, { name: 'Bravo', populationMax: 20000 })).id;
  ids.Charlie = (await makeSolution(app, {
    name: 'Charlie', required: [A, C],
    steps: [{ title: 'Regel A', kind: 'TECHNICAL', capabilityKey: A }, { title: 'Regel C', kind: 'TECHNICAL', capabilityKey: C }, { title: 'Opleiding' }],
  })).id;
  ids.Delta = (await makeSolution(app, { name: 'Delta', maturity: 'OBSOLETE' })).id;
  ids.Echo = (await makeSolution(app, { name: 'Echo', prerequisites: [[iv, 80]] })).id;

  await giveCapabilities(app, '41002', [A, B]);
  await giveCapabilities(app, '44021', [A, C]);
  await setValue(app, '41002', iv, 2016, 62);
  await setValue(app, '44021', iv, 2016, 85);
  await adopt(app, '41048', ids.Charlie); // Ninove, Denderregio
  await adopt(app, '41018', ids.Charlie); // Geraardsbergen, Denderregio
  await adopt(app, '41034', ids.Charlie, 'GEPLAND'); // Lede: planned, not counted
  await adopt(app, '71037', ids.Bravo); // Lummen, Limburg
  await adopt(app, '46021', ids.Alfa, 'IN_IMPLEMENTATIE'); // Sint-Niklaas: similar in size to Aalst
});
afterAll(() => app.stop());

const FIT = `query($nis: String!, $first: Int, $after: String) { fitForBestuur(nisCode: $nis, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node {
    score rank solution { name }
    technical { score missing { key } requirements { level present capability { key } } }
    organisational { score sizeInRange population prerequisites { met value minValue } }
    peers { score count besturen { bestuur { name region { slug } } status sameRegion similarSize } }
    trajects { score trajects { slug } }
    explanations { aspect met message } gaps plan { title done kind capability { key } } adoptionStatus
  } } } }`;

const ok = <T>(r: GqlResult<T>): any => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const fit = async (nis: string, first = 20) => ok(await anon.gql(FIT, { nis, first })).fitForBestuur;
const node = async (nis: string, name: string) => (await fit(nis)).edges.map((e: any) => e.node).find((n: any) => n.solution.name === name);

describe('the ranking table', () => {
  it.each([
    ['41002', [['Alfa', 74], ['Charlie', 63], ['Bravo', 55], ['Echo', 55]]],
    ['73028', [['Bravo', 74], ['Echo', 55], ['Charlie', 40], ['Alfa', 0]]],
    ['44021', [['Charlie', 70], ['Echo', 70], ['Bravo', 55], ['Alfa', 45]]],
  ])('ranks the solutions for %s (obsolete ones left out, ties by name)', async (nis, expected) => {
    const page = await fit(nis as string);
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e: any) => [e.node.solution.name, e.node.score])).toEqual(expected);
    expect(page.edges.map((e: any) => e.node.rank)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    ['41002', 'Alfa', [
      ['TECHNICAL', true, 'Aanwezig: Aansluiting A en Bouwsteen B.'],
      ['SIZE', true, 'Geschikt voor besturen van 10.000 tot 100.000 inwoners; Aalst telt 87.332 inwoners.'],
      ['MATURITY', true, 'Informatieveiligheid: 62 (bron: I-Monitor 2016), minstens 50 nodig.'],
      ['PEERS', true, '1 bestuur in uw regio of van vergelijkbare grootte gebruikt dit: Sint-Niklaas.'],
    ], []],
    ['41002', 'Charlie', [
      ['TECHNICAL', true, 'Aanwezig: Aansluiting A.'],
      ['TECHNICAL', false, 'Nog nodig: Centrale C.'],
      ['SIZE', true, 'Geschikt voor besturen van elke grootte.'],
      ['PEERS', true, '2 besturen in uw regio of van vergelijkbare grootte gebruiken dit: Geraardsbergen en Ninove.'],
    ], ['Centrale C (vereiste voorziening)']],
    ['73028', 'Alfa', [
      ['TECHNICAL', false, 'Nog nodig: Aansluiting A.'],
      ['TECHNICAL', false, 'Aanbevolen maar niet aanwezig: Bouwsteen B.'],
      ['SIZE', false, 'Bedoeld voor besturen van 10.000 tot 100.000 inwoners; Herstappe telt 79 inwoners.'],
      ['MATURITY', false, 'Informatieveiligheid: geen gegevens, minstens 50 nodig.'],
      ['PEERS', false, 'Nog geen besturen in uw regio of van vergelijkbare grootte gebruiken dit.'],
    ], ['Aansluiting A (vereiste voorziening)', 'Informatieveiligheid van minstens 50 (nu onbekend)']],
    ['73028', 'Bravo', [
      ['TECHNICAL', true, 'Vraagt geen specifieke technische voorzieningen.'],
      ['SIZE', true, 'Geschikt voor besturen tot 20.000 inwoners; Herstappe telt 79 inwoners.'],
      ['PEERS', true, '1 bestuur in uw regio of van vergelijkbare grootte gebruikt dit: Lummen.'],
    ], []],
    ['44021', 'Echo', [
      ['TECHNICAL', true, 'Vraagt geen specifieke technische voorzieningen.'],
      ['SIZE', true, 'Geschikt voor besturen van elke grootte.'],
      ['MATURITY', true, 'Informatieveiligheid: 85 (bron: I-Monitor 2016), minstens 80 nodig.'],
      ['PEERS', false, 'Nog geen besturen in uw regio of van vergelijkbare grootte gebruiken dit.'],
    ], []],
  ])('explains %s × %s', async (nis, name, explanations, gaps) => {
    const n = await node(nis as string, name as string);
    expect(n.explanations.map((e: any) => [e.aspect, e.met, e.message])).toEqual(explanations);
    expect(n.gaps).toEqual(gaps);
  });

  it('gives the parts of the score, the peers and the plan with covered steps ticked', async () => {
    const n = await node('41002', 'Charlie');
    expect(n.technical).toEqual({
      score: 25, missing: [{ key: C }],
      requirements: [{ level: 'REQUIRED', present: true, capability: { key: A } }, { level: 'REQUIRED', present: false, capability: { key: C } }],
    });
    expect(n.organisational).toEqual({ score: 30, sizeInRange: true, population: 87332, prerequisites: [] });
    expect(n.peers).toEqual({
      score: 8, count: 2, besturen: [
        { bestuur: { name: 'Geraardsbergen', region: { slug: 'denderregio' } }, status: 'IN_GEBRUIK', sameRegion: true, similarSize: false },
        { bestuur: { name: 'Ninove', region: { slug: 'denderregio' } }, status: 'IN_GEBRUIK', sameRegion: true, similarSize: false },
      ],
    });
    expect(n.trajects).toEqual({ score: 0, trajects: [] });
    expect(n.plan).toEqual([
      { title: 'Regel A', done: true, kind: 'TECHNICAL', capability: { key: A } },
      { title: 'Regel C', done: false, kind: 'TECHNICAL', capability: { key: C } },
      { title: 'Opleiding', done: false, kind: 'ORGANISATIONAL', capability: null },
    ]);
    expect(n.adoptionStatus).toBeNull();
    expect((await node('41048', 'Charlie')).adoptionStatus).toBe('IN_GEBRUIK');
  });
});

describe('using the fit', () => {
  it('pages through the ranking without overlap', async () => {
    const first = ok(await anon.gql(FIT, { nis: '41002', first: 2 })).fitForBestuur;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await anon.gql(FIT, { nis: '41002', first: 2, after: first.pageInfo.endCursor })).fitForBestuur;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.solution.name)).toEqual(['Alfa', 'Charlie', 'Bravo', 'Echo']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await anon.gql(FIT, { nis: '41002', after: 'zomaar' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await anon.gql(FIT, { nis: '99999' }))).toBe('NOT_FOUND');
  });

  it('shows "voor mijn bestuur" for the signed-in member\'s municipality', async () => {
    const { client } = await signedIn(app, { bestuurCode: '41002' });
    const mine = ok(await client.gql(`{ voorMijnBestuur(first: 4) { edges { node { score solution { name } } } } }`));
    expect(mine.voorMijnBestuur.edges.map((e: any) => [e.node.solution.name, e.node.score])).toEqual([['Alfa', 74], ['Charlie', 63], ['Bravo', 55], ['Echo', 55]]);
    expect(codeOf(await anon.gql(`{ voorMijnBestuur { totalCount } }`))).toBe('UNAUTHENTICATED');
    const partner = (await signedIn(app, { bestuurCode: 'vvsg' })).client;
    const r = await partner.gql(`{ voorMijnBestuur { totalCount } }`);
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toMatch(/niet aan een gemeente gekoppeld/);
  });

  it('answers the fit on the solution page and filters the catalogue on "past bij mijn bestuur"', async () => {
    const page = ok(await anon.gql(`{ solution(slug: ${JSON.stringify((await app.ds.query('SELECT slug FROM solutions WHERE id = $1', [ids.Charlie]))[0].slug)}) {
      name fitFor(nisCode: "41002") { score rank gaps } } }`));
    expect(page.solution).toEqual({ name: 'Charlie', fitFor: { score: 63, rank: 2, gaps: ['Centrale C (vereiste voorziening)'] } });
    const fits = ok(await anon.gql(`{ solutions(fitsBestuur: "41002") { edges { node { name } } } }`));
    expect(fits.solutions.edges.map((e: any) => e.node.name)).toEqual(['Alfa', 'Charlie']);
    const small = ok(await anon.gql(`{ solutions(fitsBestuur: "73028") { edges { node { name } } } }`));
    expect(small.solutions.edges.map((e: any) => e.node.name)).toEqual(['Bravo', 'Charlie']);
  });

  it('costs the same number of SQL queries for 1 solution as for 4, and for a list with fitFor', async () => {
    let n1 = 0;
    let n4 = 0;
    n1 = await countQueries(app, async () => { expect((await fit('41002', 1)).edges).toHaveLength(1); });
    n4 = await countQueries(app, async () => { expect((await fit('41002', 4)).edges).toHaveLength(4); });
    expect(n1).toBeGreaterThan(0);
    expect(n4).toBe(n1);
    const list = (first: number) => `{ solutions(first: ${first}) { edges { node { name fitFor(nisCode: "41002") { score explanations { message } } } } } }`;
    const l1 = await countQueries(app, async () => { ok(await anon.gql(list(1))); });
    const l5 = await countQueries(app, async () => { ok(await anon.gql(list(5))); });
    expect(l5).toBe(l1);
  });
});

describe('the fit of many municipalities at once', () => {
  const OVERVIEW = `query($region: String, $top: Int) { fitOverview(regionSlug: $region, top: $top) { bestuur { nisCode } top { score rank solution { name } } } }`;

  it('gives the same ranking as fitForBestuur, for all municipalities (administrators) or one region (its coordinators)', async () => {
    const admin = (await signedIn(app, { admin: true })).client;
    const all = ok(await admin.gql(OVERVIEW, { top: 4 })).fitOverview;
    expect(all).toHaveLength(285);
    const row = (list: any[], nis: string) => list.find((x) => x.bestuur.nisCode === nis).top.map((t: any) => [t.solution.name, t.score, t.rank]);
    expect(row(all, '41002')).toEqual([['Alfa', 74, 1], ['Charlie', 63, 2], ['Bravo', 55, 3], ['Echo', 55, 4]]);
    expect(row(all, '73028')).toEqual([['Bravo', 74, 1], ['Echo', 55, 2], ['Charlie', 40, 3], ['Alfa', 0, 4]]);
    expect(row(all, '44021')).toEqual([['Charlie', 70, 1], ['Echo', 70, 2], ['Bravo', 55, 3], ['Alfa', 45, 4]]);

    const { user, client: coordinator } = await signedIn(app);
    await app.ds.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $1 FROM regions WHERE slug = 'denderregio'`, [user.id]);
    const dender = ok(await coordinator.gql(OVERVIEW, { region: 'denderregio', top: 1 })).fitOverview;
    expect(dender).toHaveLength(14);
    expect(row(dender, '41002')).toEqual([['Alfa', 74, 1]]);
    expect(codeOf(await coordinator.gql(OVERVIEW, {}))).toBe('FORBIDDEN');
    expect(codeOf(await coordinator.gql(OVERVIEW, { region: 'regio-gent' }))).toBe('FORBIDDEN');
    expect(codeOf(await (await signedIn(app, { bestuurCode: '41002' })).client.gql(OVERVIEW, { region: 'denderregio' }))).toBe('FORBIDDEN');
    expect(codeOf(await anon.gql(OVERVIEW, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(OVERVIEW, { top: 50 }))).toBe('BAD_USER_INPUT');

    const one = await countQueries(app, async () => ok(await admin.gql(OVERVIEW, { region: 'denderregio' })));
    const every = await countQueries(app, async () => ok(await admin.gql(OVERVIEW, { region: 'limburg' })));
    expect(every).toBe(one);
  });
});
