import { randomBytes } from 'node:crypto';
import { Client, codeOf, count, startTestApp, type GqlResult, type TestApp, countQueries as countSql } from '../test/harness.js';

const ORIGIN = 'http://ketenwerk.test';
let app: TestApp;
let anon: Client;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
});
afterAll(() => app.stop());

/** A raw POST to /graphql, for bodies and headers the GraphQL client would not send. */
async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the status tells enough
  }
  return { status: res.status, json, text };
}

function countQueries(work: () => Promise<unknown>): Promise<number> {
  return countSql(app, work);
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id } }`;
const newPerson = (o: Record<string, unknown> = {}) => ({
  email: `p${randomBytes(5).toString('hex')}@gemeente.test`,
  displayName: 'Nieuwe Collega',
  password: 'Kenniskring-Waasland-2025',
  ...o,
});

/** `{ regions { besturen { region { besturen { … name } } } } }`, `levels` fields deep. */
function deepQuery(levels: number): string {
  const fields = ['regions'];
  while (fields.length < levels) fields.push(fields.length % 2 ? 'besturen' : 'region');
  return `{ ${fields.join(' { ')} { name }${' }'.repeat(levels - 1)} }`;
}

describe('query limits', () => {
  it('rejects a query 20 levels deep before any resolver runs', async () => {
    expect(codeOf(await anon.gql(deepQuery(5)))).toBeUndefined();
    let r!: GqlResult;
    const queries = await countQueries(async () => { r = await anon.gql(deepQuery(20)); });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth limit of 10/i));
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(queries).toBe(0);
  });

  it('rejects 100 aliases before any resolver runs', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `b${i}: bestuur(nisCode: "11001") { name }`).join(' ');
    let r!: GqlResult;
    const queries = await countQueries(async () => { r = await anon.gql(`{ ${fields} }`); });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].message).toMatch(/aliases limit of 15/i);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(queries).toBe(0);
  });

  it('refuses a batch of 6 operations and answers a batch of 2', async () => {
    const op = { query: '{ region(slug: "kempen") { name } }' };
    const six = await post(JSON.stringify(Array(6).fill(op)));
    expect(six.status).toBe(400);
    expect(six.json.errors[0].message).toMatch(/5 bewerkingen/);
    const two = await post(JSON.stringify(Array(2).fill(op)));
    expect(two.status).toBe(200);
    expect(two.json).toEqual([{ data: { region: { name: 'Kempen' } } }, { data: { region: { name: 'Kempen' } } }]);
  });

  it('refuses a query text longer than 15,000 characters', async () => {
    const query = `{ region(slug: "kempen") { name } }\n#${'x'.repeat(15_000)}`;
    const r = await post(JSON.stringify({ query }));
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/15000/);
    expect(r.json.data).toBeUndefined();
  });
});

describe('variables', () => {
  it('answers BAD_USER_INPUT for a variable of the wrong type', async () => {
    const r = await anon.gql(`query($n: Int) { besturen(first: $n) { totalCount } }`, { n: 'vijf' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data).toBeUndefined();
  });

  it('answers BAD_USER_INPUT for a missing required variable', async () => {
    const r = await anon.gql(`query($slug: String!) { region(slug: $slug) { name } }`, {});
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data).toBeUndefined();
  });
});

describe('cross-site request protection', () => {
  it('does not run a mutation sent as GET', async () => {
    const before = await count(app, 'users');
    const params = new URLSearchParams({ query: REGISTER, variables: JSON.stringify({ input: newPerson() }) });
    const get = (headers: Record<string, string>) => fetch(`${app.url}/graphql?${params}`, { headers: { origin: ORIGIN, ...headers } });
    // Without a preflight header CSRF prevention stops it; with one, GET still may not mutate.
    expect((await get({})).status).toBe(400);
    const preflighted = await get({ 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(405);
    expect(((await preflighted.json()) as any).errors[0].message).toMatch(/GET requests only support query operations/);
    expect(await count(app, 'users')).toBe(before);
  });

  it('refuses a text/plain POST (a simple cross-site form request) but accepts the same as JSON', async () => {
    const before = await count(app, 'users');
    const body = JSON.stringify({ query: REGISTER, variables: { input: newPerson() } });
    const plain = await post(body, { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/Cross-Site Request Forgery/i);
    expect(await count(app, 'users')).toBe(before);
    const json = await post(body);
    expect(json.status).toBe(200);
    expect(json.json.data.register.id).toEqual(expect.any(String));
    expect(await count(app, 'users')).toBe(before + 1);
  });

  it('answers a 1 MB display name with a field error and creates no account', async () => {
    const before = await count(app, 'users');
    const r = await anon.gql(REGISTER, { input: newPerson({ displayName: 'x'.repeat(1_000_000) }) });
    expect(r.status).toBe(200);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields?.displayName).toEqual(expect.any(String));
    expect(await count(app, 'users')).toBe(before);
  });
});

describe('in production', () => {
  let prod: TestApp;
  let prodClient: Client;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production', MAIL_POLL_SECONDS: '86400' });
    prodClient = new Client(prod.url);
  });
  afterAll(() => prod.stop());

  const INTROSPECTION = `{ __schema { queryType { name } } }`;
  const TYPO = `{ regoins { name } }`;
  // A parse error, a validation error, a bad argument, a missing login, a missing variable, an unknown
  // id; each with the code a client acts on (never INTERNAL_SERVER_ERROR: the production-only field
  // suggestion mask once broke on the read-only errors of compiled queries).
  const FAILING: [string, Record<string, unknown> | undefined, string][] = [
    ['{ regions { name ', undefined, 'GRAPHQL_VALIDATION_FAILED'], // graphql-armor's token limit parses first,
    [TYPO, undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['{ besturen(first: 500) { totalCount } }', undefined, 'BAD_USER_INPUT'],
    ['{ users { totalCount } }', undefined, 'UNAUTHENTICATED'],
    ['query($s: String!) { region(slug: $s) { name } }', {}, 'BAD_USER_INPUT'],
    ['query($id: ID!) { thread(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, 'UNAUTHENTICATED'],
  ];
  const errorsOf = async (c: Client) => (await Promise.all(FAILING.map(([q, v]) => c.gql(q, v)))).flatMap((r) => r.errors ?? []);

  it('serves introspection only outside production', async () => {
    expect(ok(await anon.gql(INTROSPECTION)).__schema.queryType.name).toBe('Query');
    const r = await prodClient.gql(INTROSPECTION);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].message).toMatch(/introspection/i);
  });

  it('shows no stack traces in production errors', async () => {
    const dev = await errorsOf(anon);
    expect(dev.some((e) => e.extensions?.stacktrace)).toBe(true);
    const errors = await errorsOf(prodClient);
    expect(errors.length).toBeGreaterThanOrEqual(FAILING.length);
    for (const e of errors) expect(e.extensions).not.toHaveProperty('stacktrace');
  });

  it('answers each failing request with the same code as outside production', async () => {
    for (const [query, variables, code] of FAILING) {
      // Twice: compiled queries are cached after the first answer.
      for (const c of [anon, prodClient, prodClient]) expect([query, codeOf(await c.gql(query, variables))]).toEqual([query, code]);
    }
  });

  it('gives no field suggestions in production', async () => {
    expect((await anon.gql(TYPO)).errors?.[0].message).toMatch(/Did you mean/);
    const r = await prodClient.gql(TYPO);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const e of r.errors ?? []) expect(e.message).not.toMatch(/Did you mean|regions/);
  });
});

function ok<T>(r: GqlResult<T>): any {
  expect(r.errors).toBeUndefined();
  return r.data;
}
