import { dbUrl } from '../../test/db.js';
import { Client, codeOf, signedIn, startTestApp, type TestApp } from '../../test/harness.js';
import { eventually } from '../../test/trajecten.js';

// A checked session is kept in memory for a few seconds (SESSION_CACHE_SECONDS). Signing out,
// revoking a session and changing an account must still count at once, on every instance.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ME = `{ me { id displayName jobTitle roles } }`;
// A minute: anything these tests see change within seconds came from the app dropping its copy.
const LONG = { REDIS_URL, MAIL_POLL_SECONDS: '86400', SESSION_CACHE_SECONDS: '60' };

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp(LONG);
  b = await startTestApp({ ...LONG, DATABASE_URL: dbUrl(a.dbName) }, { dbName: a.dbName });
}, 60_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

/** The same browser session on instance B. */
function onB(c: Client): Client {
  const other = new Client(b.url);
  other.cookie = c.cookie;
  return other;
}

const meOf = async (c: Client) => (await c.gql(ME)).data?.me ?? null;

describe('checked sessions kept in memory', () => {
  it('are really kept: a change made straight in the database is not seen within the cache time', async () => {
    const { user, client } = await signedIn(a, { name: 'Karel Kopie' });
    expect((await meOf(client)).displayName).toBe('Karel Kopie');
    await a.ds.query(`UPDATE users SET display_name = 'Karel Buiten De App' WHERE id = $1`, [user.id]);
    // `me` is the viewer this request was checked as.
    expect((await meOf(client)).displayName).toBe('Karel Kopie');
  });

  it('end at once when the person signs out, here and on the other instance', async () => {
    const { client } = await signedIn(a);
    const other = onB(client);
    expect(await meOf(other)).not.toBeNull();
    const stale = new Client(a.url);
    stale.cookie = client.cookie;
    expect(await meOf(stale)).not.toBeNull();
    expect((await client.gql(`mutation { logout }`)).errors).toBeUndefined();
    expect(await meOf(stale)).toBeNull();
    await eventually('instance B to refuse the signed-out session', async () => ((await meOf(other)) === null ? true : undefined), 5_000);
  });

  it('end at once when revoked from another browser, on both instances', async () => {
    const { user } = await signedIn(a);
    const first = new Client(a.url);
    expect(codeOf(await first.login(user.email, 'Factory-Wachtwoord-42'))).toBeUndefined();
    const second = new Client(b.url);
    expect(codeOf(await second.login(user.email, 'Factory-Wachtwoord-42'))).toBeUndefined();
    const firstOnB = onB(first);
    expect(await meOf(firstOnB)).not.toBeNull();
    expect(await meOf(first)).not.toBeNull();
    // The second browser ends the first one's session, through instance B.
    const sessions = (await second.gql(`{ mySessions { id current } }`)).data!.mySessions as { id: string; current: boolean }[];
    for (const s of sessions.filter((x) => !x.current)) {
      expect((await second.gql(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { id: s.id } })).errors).toBeUndefined();
    }
    expect(await meOf(firstOnB)).toBeNull();
    await eventually('instance A to refuse the revoked session', async () => ((await meOf(first)) === null ? true : undefined), 5_000);
    expect(await meOf(second)).not.toBeNull();
  });

  it('follow a profile change and new administrator rights from the next request, on both instances', async () => {
    const admin = await signedIn(a, { admin: true });
    const { user, client } = await signedIn(a, { name: 'Nina Nieuw' });
    const other = onB(client);
    expect(await meOf(other)).toMatchObject({ displayName: 'Nina Nieuw' });
    const renamed = await client.gql(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName: 'Nina Hernoemd' } });
    expect(renamed.errors).toBeUndefined();
    expect((await meOf(client)).displayName).toBe('Nina Hernoemd');
    await eventually('instance B to show the new name', async () => ((await meOf(other)).displayName === 'Nina Hernoemd' ? true : undefined), 5_000);

    // Administrators only: the list of people.
    const USERS = `{ users(first: 1) { totalCount } }`;
    expect(codeOf(await client.gql(USERS))).toBe('FORBIDDEN');
    const granted = await admin.client.gql(`mutation($input: SetAdminInput!) { setAdmin(input: $input) { id } }`, { input: { userId: user.id, admin: true } });
    expect(granted.errors).toBeUndefined();
    expect(codeOf(await client.gql(USERS))).toBeUndefined();
    await eventually('instance B to grant the new rights', async () => (codeOf(await other.gql(USERS)) === undefined ? true : undefined), 5_000);
    // And taken away again, as quickly.
    await admin.client.gql(`mutation($input: SetAdminInput!) { setAdmin(input: $input) { id } }`, { input: { userId: user.id, admin: false } });
    expect(codeOf(await client.gql(USERS))).toBe('FORBIDDEN');
    await eventually('instance B to withdraw the rights', async () => (codeOf(await other.gql(USERS)) === 'FORBIDDEN' ? true : undefined), 5_000);
  });

  it('end when the session expires, kept or not', async () => {
    const { user, client } = await signedIn(a);
    expect(await meOf(client)).not.toBeNull();
    await a.ds.query(`UPDATE sessions SET expires_at = now() + interval '300 milliseconds' WHERE user_id = $1`, [user.id]);
    // Checked again after the change (B has not seen this session yet), then kept.
    const other = onB(client);
    expect(await meOf(other)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 400));
    expect(await meOf(other)).toBeNull();
  });
});

describe('without keeping checked sessions (SESSION_CACHE_SECONDS=0)', () => {
  let c: TestApp;
  beforeAll(async () => {
    c = await startTestApp({ MAIL_POLL_SECONDS: '86400', SESSION_CACHE_SECONDS: '0' });
  });
  afterAll(() => c.stop());

  it('sees a change made straight in the database on the next request', async () => {
    const { user, client } = await signedIn(c, { name: 'Olga Oud' });
    expect((await meOf(client)).displayName).toBe('Olga Oud');
    await c.ds.query(`UPDATE users SET display_name = 'Olga Nu' WHERE id = $1`, [user.id]);
    expect((await meOf(client)).displayName).toBe('Olga Nu');
  });
});
