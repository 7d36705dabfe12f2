import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { codeOf, startTestApp, type TestApp } from '../test/harness.js';
import { newThread, signIn, spaceId } from '../test/discussions.fixtures.js';

// POST /graphql with a JSON body of a declared length goes straight from node:http to Apollo
// (graphql-http.ts); the same request sent chunked (no Content-Length) goes through Express. Both
// must answer alike: status, the headers a client reads, and the body.
let app: TestApp;
let cookie: string;
let threadId: string;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  const person = await signIn(app, { bestuurCode: '41002' });
  cookie = person.client.cookie!;
  threadId = (await newThread(person.client, { spaceId: await spaceId(app, 'centraal'), title: 'Via welke weg komt deze vraag binnen?' })).id;
}, 60_000);
afterAll(() => app.stop());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A POST to /graphql: `direct` with Content-Length, otherwise chunked (which Express takes). */
function post(body: string, direct: boolean, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(`${app.url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: {
        'content-type': 'application/json', origin: 'http://ketenwerk.test', 'x-forwarded-for': '10.77.0.1',
        ...(direct ? { 'content-length': String(Buffer.byteLength(body)) } : { 'transfer-encoding': 'chunked' }),
        ...headers,
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (direct) req.end(body);
    else {
      // Two chunks, so the body really arrives in parts.
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      req.end(body.slice(half));
    }
  });
}

async function both(body: string, headers: Record<string, string> = {}): Promise<[Answer, Answer]> {
  return [await post(body, true, headers), await post(body, false, headers)];
}

// Stack traces (outside production only) name different frames: everything else must be equal.
const withoutStacks = (text: string) => JSON.parse(text, (key, value) => (key === 'stacktrace' ? undefined : value));

const same = (a: Answer, b: Answer) => {
  expect(a.status).toBe(b.status);
  expect(a.headers['content-type']).toBe(b.headers['content-type']);
  expect(withoutStacks(a.text)).toEqual(withoutStacks(b.text));
  for (const x of [a, b]) expect(x.headers['x-request-id']).toMatch(/^[\w-]{1,64}$/);
};

describe('POST /graphql, straight to Apollo or through Express', () => {
  it('answers a signed-in query alike, with the session cookie read on both', async () => {
    const body = JSON.stringify({ query: `query($id: ID!) { me { id } thread(id: $id) { id title } }`, variables: { id: threadId } });
    const [direct, express] = await both(body, { cookie });
    same(direct, express);
    expect(JSON.parse(direct.text).data.thread.title).toBe('Via welke weg komt deze vraag binnen?');
  });

  it('keeps a request id the client sends, on both', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const [direct, express] = await both(body, { 'x-request-id': 'aanvraag-42' });
    expect([direct.headers['x-request-id'], express.headers['x-request-id']]).toEqual(['aanvraag-42', 'aanvraag-42']);
  });

  it('sets the session cookie when signing in through the direct path', async () => {
    const person = await signIn(app, { bestuurCode: '44021' });
    expect(person.client.cookie).toMatch(/^kw_session=/);
    expect((await person.client.gql('{ me { id } }')).data?.me.id).toBe(person.user.id);
  });

  it('refuses a body that is not JSON, or JSON but not an operation, in the GraphQL error shape', async () => {
    for (const body of ['{"query": "{ __typename }"', 'null', '42', '"tekst"']) {
      const [direct, express] = await both(body);
      same(direct, express);
      expect(direct.status).toBe(400);
      expect(JSON.parse(direct.text).errors[0]).toEqual({ message: 'De aanvraag is geen geldige JSON.', extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('refuses a batch of 6 operations and a too long query text alike', async () => {
    const batch = JSON.stringify(Array.from({ length: 6 }, () => ({ query: '{ __typename }' })));
    const [direct, express] = await both(batch);
    same(direct, express);
    expect(JSON.parse(direct.text).errors[0].message).toBe('Hoogstens 5 bewerkingen per verzoek.');
    const long = JSON.stringify({ query: `{ __typename ${' '.repeat(15_001)}}` });
    const [d2, e2] = await both(long);
    same(d2, e2);
    expect(d2.status).toBe(400);
  });

  it('answers a variable of the wrong type and an unknown field alike', async () => {
    for (const body of [
      JSON.stringify({ query: 'query($id: ID!) { thread(id: $id) { id } }', variables: { id: { not: 'an id' } } }),
      JSON.stringify({ query: '{ bestaatNiet }' }),
    ]) {
      const [direct, express] = await both(body, { cookie });
      same(direct, express);
      expect(direct.status).toBe(400);
    }
  });

  it('leaves a body over 2 MB to Express, which refuses it with 413 in the same shape', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2 * 1024 * 1024) } });
    const [direct, express] = await both(body);
    same(direct, express);
    expect(direct.status).toBe(413);
    expect(JSON.parse(direct.text).errors[0]).toEqual({ message: 'De aanvraag is te groot (hoogstens 2 MB).', extensions: { code: 'BAD_REQUEST' } });
  });

  it('takes the client address from X-Forwarded-For by the same trust proxy rule (rate limits per address)', async () => {
    // Failed sign-ins are limited per address (10 a minute): one address runs out, another does not.
    const address = () => `10.66.${randomBytes(2).join('.')}`;
    const attempt = async (ip: string, i: number) => JSON.parse((await post(JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { email: `niemand${i}-${randomBytes(3).toString('hex')}@gemeente.test`, password: 'Fout-wachtwoord-123' } },
    }), true, { 'x-forwarded-for': ip })).text).errors[0].extensions.code;
    const ip = address();
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) codes.push(await attempt(ip, i));
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    expect(await attempt(address(), 99)).toBe('UNAUTHENTICATED');
  });

  it('leaves GET, other paths and other content types to Express as before', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const plain = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(plain.status).toBe(400);
    expect(codeOf({ status: plain.status, headers: plain.headers, ...(await plain.json()) })).toBe('BAD_REQUEST');
    // A content type with a malformed parameter is left to Express, which answers it; the server goes on.
    const odd = await post(JSON.stringify({ query: '{ __typename }' }), true, { 'content-type': 'application/json; charset' });
    expect([odd.status, JSON.parse(odd.text)]).toEqual([200, { data: { __typename: 'Query' } }]);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});


describe('shutting down', () => {
  it('lets a POST /graphql that is under way finish before the connection closes', async () => {
    const own = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
    const { port } = new URL(own.url);
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    // The headers now, the body only once the shutdown has begun: the request is under way meanwhile.
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nOrigin: http://ketenwerk.test\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 100));
    const stopping = own.stop();
    await new Promise((r) => setTimeout(r, 100));
    socket.write(body);
    await closed;
    await stopping;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(received).toContain('{"data":{"__typename":"Query"}}');
  }, 30_000);
});
