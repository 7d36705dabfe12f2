import { randomUUID } from 'node:crypto';
import { Client, codeOf, count, createUser, signedIn, startTestApp, type GqlResult, type TestApp, countQueries as countSql } from '../../test/harness.js';

let app: TestApp;
let anon: Client;
beforeAll(async () => {
  // No mail poller ticking in the background while SQL queries are being counted.
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
});
afterAll(() => app.stop());

const admin = () => signedIn(app, { admin: true });
const member = () => signedIn(app);

async function regionId(slug: string): Promise<string> {
  const [r] = await app.ds.query('SELECT id FROM regions WHERE slug = $1', [slug]);
  return r.id;
}

async function makeCoordinator(userId: string, slug: string) {
  await app.ds.query('INSERT INTO region_coordinators (region_id, user_id) VALUES ($1, $2)', [await regionId(slug), userId]);
}

function countQueries(work: () => Promise<unknown>): Promise<number> {
  return countSql(app, work);
}

const ok = <T>(r: GqlResult<T>): T => {
  expect(r.errors).toBeUndefined();
  return r.data as T;
};

describe('reference data', () => {
  it('lists the 15 regions with 285 municipalities and summed populations', async () => {
    const { regions } = ok(await anon.gql(`{ regions { slug bestuurCount population besturen { population } } }`));
    expect(regions).toHaveLength(15);
    expect(regions.reduce((s: number, r: any) => s + r.bestuurCount, 0)).toBe(285);
    for (const r of regions) {
      expect(r.besturen).toHaveLength(r.bestuurCount);
      expect(r.population).toBe(r.besturen.reduce((s: number, b: any) => s + b.population, 0));
      expect(r.population).toBeGreaterThan(0);
    }
  });

  it('shows Regio Antwerpen with its 28 besturen, Aartselaar among them', async () => {
    const { region } = ok(await anon.gql(`{ region(slug: "regio-antwerpen") { name bestuurCount besturen { name nisCode population } } }`));
    expect(region.name).toBe('Regio Antwerpen');
    expect(region.bestuurCount).toBe(28);
    expect(region.besturen).toHaveLength(28);
    expect(region.besturen).toContainEqual({ name: 'Aartselaar', nisCode: '11001', population: 14427 });
  });

  it('finds a municipality by NIS code, and answers null for an unknown one', async () => {
    const r = ok(await anon.gql(`{ bestuur(nisCode: "46030") { name province kind region { slug name } } }`));
    expect(r.bestuur).toEqual({
      name: 'Beveren-Kruibeke-Zwijndrecht', province: 'Oost-Vlaanderen', kind: 'MUNICIPALITY', region: { slug: 'waasland', name: 'Waasland' },
    });
    expect(ok(await anon.gql(`{ bestuur(nisCode: "99999") { name } }`)).bestuur).toBeNull();
  });

  it('pages through all 285 municipalities by name, without overlap', async () => {
    const q = `query($after: String) { besturen(first: 50, after: $after) {
      totalCount edges { node { nisCode name } } pageInfo { hasNextPage endCursor } } }`;
    const seen: { nisCode: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { besturen }: any = ok(await anon.gql(q, { after }));
      expect(besturen.totalCount).toBe(285);
      seen.push(...besturen.edges.map((e: any) => e.node));
      pages++;
      if (!besturen.pageInfo.hasNextPage) break;
      after = besturen.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(6);
    expect(seen).toHaveLength(285);
    expect(new Set(seen.map((b) => b.nisCode)).size).toBe(285);
    const expected = await app.ds.query(`SELECT nis_code AS "nisCode", name FROM besturen WHERE kind = 'MUNICIPALITY' ORDER BY name, id`);
    expect(seen).toEqual(expected);
  });

  it('searches by name and filters by region', async () => {
    const gent = ok(await anon.gql(`{ besturen(search: "gent") { edges { node { name nisCode } } } }`));
    expect(gent.besturen.edges.map((e: any) => e.node)).toContainEqual({ name: 'Gent', nisCode: '44021' });
    const dender = ok(await anon.gql(`{ besturen(regionSlug: "denderregio", first: 100) { totalCount edges { node { region { slug } } } } }`));
    expect(dender.besturen.totalCount).toBe(14);
    expect(dender.besturen.edges).toHaveLength(14);
    expect(new Set(dender.besturen.edges.map((e: any) => e.node.region.slug))).toEqual(new Set(['denderregio']));
  });

  it('rejects an invalid cursor and an oversized page', async () => {
    const bad = await anon.gql(`{ besturen(after: "not-a-cursor") { totalCount } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.data).toBeNull();
    const big = await anon.gql(`{ besturen(first: 500) { totalCount } }`);
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].extensions?.fields).toHaveProperty('first');
  });

  it('lists the partner organisations', async () => {
    const { partnerOrganisations } = ok(await anon.gql(`{ partnerOrganisations { code kind nisCode name } }`));
    expect(partnerOrganisations.map((p: any) => p.code).sort()).toEqual(['digitaal-vlaanderen', 'v-ict-or', 'vvsg']);
    expect(partnerOrganisations.every((p: any) => p.kind === 'PARTNER' && p.nisCode === null)).toBe(true);
    expect(partnerOrganisations.map((p: any) => p.name)).toContainEqual(expect.stringContaining('VVSG'));
  });
});

describe('a constant number of SQL queries per request', () => {
  it('costs the same for all regions as for one, with coordinators and besturen', async () => {
    for (const slug of ['regio-brugge', 'kempen', 'limburg']) await makeCoordinator((await createUser(app)).id, slug);
    const sel = `{ name coordinators { displayName } besturen { name region { slug } } population bestuurCount }`;
    let all: any;
    const many = await countQueries(async () => { all = ok(await anon.gql(`{ regions ${sel} }`)); });
    const one = await countQueries(async () => { ok(await anon.gql(`{ region(slug: "kempen") ${sel} }`)); });
    expect(all.regions).toHaveLength(15);
    expect(all.regions.filter((r: any) => r.coordinators.length).length).toBeGreaterThanOrEqual(3);
    expect(many).toBeGreaterThan(0);
    expect(many).toBe(one);
  });

  it('costs the same for 5 besturen as for 50', async () => {
    for (const slug of ['regio-antwerpen', 'kempen']) await makeCoordinator((await createUser(app)).id, slug);
    const q = (n: number) => `{ besturen(first: ${n}) { edges { node { name region { name coordinators { displayName } } } } } }`;
    let page: any;
    const five = await countQueries(async () => { ok(await anon.gql(q(5))); });
    const fifty = await countQueries(async () => { page = ok(await anon.gql(q(50))); });
    expect(page.besturen.edges).toHaveLength(50);
    expect(fifty).toBeGreaterThan(0);
    expect(fifty).toBe(five);
  });
});

const APPOINT = `mutation($input: CoordinatorInput!) { appointCoordinator(input: $input) { slug coordinators { id displayName } } }`;
const REMOVE = `mutation($input: CoordinatorInput!) { removeCoordinator(input: $input) { slug coordinators { id } } }`;
const UPDATE = `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { slug name description } }`;
const ASSIGN = `mutation($input: AssignBestuurInput!) { assignBestuurToRegion(input: $input) { nisCode region { slug } } }`;
const SET_ADMIN = `mutation($input: SetAdminInput!) { setAdmin(input: $input) { id roles } }`;
const coordinatorRows = (userId: string) => app.ds.query('SELECT 1 FROM region_coordinators WHERE user_id = $1', [userId]).then((r: unknown[]) => r.length);

describe('administering regions', () => {
  it('appoints a coordinator, who then sees the role and the region', async () => {
    const { client } = await admin();
    const person = await signedIn(app, { name: 'Anna Coördinator' });
    const r = ok(await client.gql(APPOINT, { input: { regionSlug: 'regio-gent', userId: person.user.id } }));
    expect(r.appointCoordinator.coordinators).toContainEqual({ id: person.user.id, displayName: 'Anna Coördinator' });
    const again = ok(await anon.gql(`{ region(slug: "regio-gent") { coordinators { id } } }`));
    expect(again.region.coordinators).toContainEqual({ id: person.user.id });
    const me = ok(await person.client.gql(`{ me { roles coordinatorOf { slug } } }`));
    expect(me.me.roles).toContain('COORDINATOR');
    expect(me.me.coordinatorOf).toEqual([{ slug: 'regio-gent' }]);
  });

  it('refuses to appoint the same coordinator twice', async () => {
    const { client } = await admin();
    const person = await createUser(app);
    ok(await client.gql(APPOINT, { input: { regionSlug: 'westhoek', userId: person.id } }));
    const before = await count(app, 'region_coordinators');
    const twice = await client.gql(APPOINT, { input: { regionSlug: 'westhoek', userId: person.id } });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await count(app, 'region_coordinators')).toBe(before);
    expect(await coordinatorRows(person.id)).toBe(1);
  });

  it('removes a coordinator', async () => {
    const { client } = await admin();
    const person = await signedIn(app);
    await makeCoordinator(person.user.id, 'westhoek');
    const r = ok(await client.gql(REMOVE, { input: { regionSlug: 'westhoek', userId: person.user.id } }));
    expect(r.removeCoordinator.coordinators).not.toContainEqual({ id: person.user.id });
    expect(await coordinatorRows(person.user.id)).toBe(0);
    const me = ok(await person.client.gql(`{ me { roles coordinatorOf { slug } } }`));
    expect(me.me).toEqual({ roles: ['MEMBER'], coordinatorOf: [] });
  });

  it('renames a region and records it in the audit log', async () => {
    const { client, user } = await admin();
    const r = ok(await client.gql(UPDATE, { input: { slug: 'middenkust', name: '  Kenniskring Middenkust ', description: 'Oostende en omgeving' } }));
    expect(r.updateRegion).toEqual({ slug: 'middenkust', name: 'Kenniskring Middenkust', description: 'Oostende en omgeving' });
    expect(ok(await anon.gql(`{ region(slug: "middenkust") { name } }`)).region.name).toBe('Kenniskring Middenkust');
    const audit = await app.ds.query(
      `SELECT actor_id, after FROM audit_events WHERE action = 'region.updated' AND subject_id = $1`, [await regionId('middenkust')]);
    expect(audit).toContainEqual({ actor_id: user.id, after: { name: 'Kenniskring Middenkust', description: 'Oostende en omgeving' } });
  });

  it('moves a municipality to another region', async () => {
    const { client } = await admin();
    const counts = async () => {
      const d = ok(await anon.gql(`{ k: region(slug: "kempen") { bestuurCount } l: region(slug: "limburg") { bestuurCount } }`));
      return [d.k.bestuurCount, d.l.bestuurCount];
    };
    const [kempen, limburg] = await counts();
    const r = ok(await client.gql(ASSIGN, { input: { nisCode: '13001', regionSlug: 'limburg' } }));
    expect(r.assignBestuurToRegion).toEqual({ nisCode: '13001', region: { slug: 'limburg' } });
    expect(await counts()).toEqual([kempen - 1, limburg + 1]);
    expect(ok(await anon.gql(`{ bestuur(nisCode: "13001") { region { slug } } }`)).bestuur.region.slug).toBe('limburg');
  });
});

describe('only administrators change regions or see people and mail', () => {
  const cases: [string, (target: string, coord: string) => [string, Record<string, unknown>]][] = [
    ['appointCoordinator', (target) => [APPOINT, { input: { regionSlug: 'midwest', userId: target } }]],
    ['removeCoordinator', (_t, coord) => [REMOVE, { input: { regionSlug: 'midwest', userId: coord } }]],
    ['updateRegion', () => [UPDATE, { input: { slug: 'midwest', name: 'Gekaapt' } }]],
    ['assignBestuurToRegion', () => [ASSIGN, { input: { nisCode: '13003', regionSlug: 'limburg' } }]],
    ['setAdmin', (target) => [SET_ADMIN, { input: { userId: target, admin: true } }]],
    ['users', () => [`{ users(first: 5) { totalCount edges { node { email } } } }`, {}]],
    ['outgoingMails', () => [`{ outgoingMails { totalCount edges { node { to subject } } } }`, {}]],
  ];

  const snapshot = async (target: string) => (await app.ds.query(`SELECT
      (SELECT count(*)::int FROM region_coordinators) AS coordinators,
      (SELECT count(*)::int FROM audit_events) AS audits,
      (SELECT name FROM regions WHERE slug = 'midwest') AS name,
      (SELECT r.slug FROM besturen b JOIN regions r ON r.id = b.region_id WHERE b.nis_code = '13003') AS balen,
      (SELECT is_admin FROM users WHERE id = $1) AS admin`, [target]))[0];

  it.each(cases)('%s: anonymous → UNAUTHENTICATED, member → FORBIDDEN, nothing changes', async (_name, op) => {
    const target = await createUser(app);
    const coord = await createUser(app);
    await makeCoordinator(coord.id, 'midwest');
    const [query, variables] = op(target.id, coord.id);
    const before = await snapshot(target.id);
    expect(before).toMatchObject({ name: 'Midwest', balen: 'kempen', admin: false });

    const asAnon = await anon.gql(query, variables);
    expect(codeOf(asAnon)).toBe('UNAUTHENTICATED');
    expect(asAnon.data).toBeNull();
    const { client } = await member();
    const asMember = await client.gql(query, variables);
    expect(codeOf(asMember)).toBe('FORBIDDEN');
    expect(asMember.data).toBeNull();

    expect(await snapshot(target.id)).toEqual(before);
  });
});

describe('bad input to admin mutations', () => {
  it('answers NOT_FOUND for an unknown region', async () => {
    const { client } = await admin();
    const person = await createUser(app);
    const before = await count(app, 'region_coordinators');
    expect(codeOf(await client.gql(APPOINT, { input: { regionSlug: 'atlantis', userId: person.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await client.gql(UPDATE, { input: { slug: 'atlantis', name: 'Atlantis' } }))).toBe('NOT_FOUND');
    expect(await count(app, 'region_coordinators')).toBe(before);
  });

  it('answers BAD_USER_INPUT for a malformed or unknown user id', async () => {
    const { client } = await admin();
    const before = await count(app, 'region_coordinators');
    const malformed = await client.gql(APPOINT, { input: { regionSlug: 'regio-brugge', userId: 'niet-een-uuid' } });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].extensions?.fields).toHaveProperty('userId');
    const unknown = await client.gql(APPOINT, { input: { regionSlug: 'regio-brugge', userId: randomUUID() } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].extensions?.fields).toHaveProperty('userId');
    expect(await count(app, 'region_coordinators')).toBe(before);
  });

  it('refuses a one-letter region name, naming the field', async () => {
    const { client } = await admin();
    const r = await client.gql(UPDATE, { input: { slug: 'regio-brugge', name: 'B' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields?.name).toEqual(expect.any(String));
    expect(ok(await anon.gql(`{ region(slug: "regio-brugge") { name } }`)).region.name).toBe('Regio Brugge');
  });
});
