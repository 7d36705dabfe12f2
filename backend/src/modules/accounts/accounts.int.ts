import { Client, codeOf, count, createUser, signedIn, startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id displayName emailVerified bestuur { nisCode name } } }`;
const ME = `{ me { id email displayName roles emailVerified bestuur { nisCode name } coordinatorOf { slug } } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(input: { token: $t }) { id emailVerified } }`;

let n = 0;
const uniqueEmail = () => `Persoon.${Date.now()}.${n++}@Gemeente.test`;
const registration = (over: Record<string, unknown> = {}) => ({
  email: uniqueEmail(), displayName: 'An Peeters', password: 'Schelde-Kaai-2025', jobTitle: 'DPO', bestuurCode: '11002', ...over,
});

/** The newest mail to an address, and the token in its link. */
async function lastMail(to: string) {
  const [mail] = await app.ds.query(
    `SELECT subject, text_body AS text, status FROM outbox_mails WHERE lower(to_address) = lower($1) ORDER BY created_at DESC LIMIT 1`,
    [to],
  );
  const token = mail?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1];
  return { mail, token: token as string };
}

describe('register, verify, log in, log out', () => {
  it('walks the whole path a new person takes', async () => {
    const input = registration();
    const c = new Client(app.url);
    const reg = await c.gql(REGISTER, { input });
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.register).toMatchObject({ displayName: 'An Peeters', emailVerified: false, bestuur: { nisCode: '11002', name: 'Antwerpen' } });

    const { mail, token } = await lastMail(input.email);
    expect(mail.subject).toBe('Bevestig je e-mailadres voor Ketenwerk');
    expect(mail.text).toContain('http://ketenwerk.test/e-mail-bevestigen?token=');
    const verified = await c.gql(VERIFY, { t: token });
    expect(verified.data!.verifyEmail.emailVerified).toBe(true);
    // A verification link works once.
    expect(codeOf(await c.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');

    const login = await c.login(input.email.toUpperCase(), input.password);
    expect(login.errors).toBeUndefined();
    const setCookie = login.headers.getSetCookie()[0];
    expect(setCookie).toMatch(/^kw_session=[A-Za-z0-9_-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await c.gql(ME);
    expect(me.data!.me).toMatchObject({ email: input.email, roles: ['MEMBER'], emailVerified: true, coordinatorOf: [] });

    expect((await c.gql(`mutation { logout }`)).data!.logout).toBe(true);
    expect(c.cookie).toBeNull();
    expect((await c.gql(ME)).data!.me).toBeNull();
  });

  it('stores mail in the outbox for administrators when no SMTP server is configured', async () => {
    const input = registration();
    await new Client(app.url).gql(REGISTER, { input });
    const { client } = await signedIn(app, { admin: true });
    let status = 'PENDING';
    for (let i = 0; i < 50 && status === 'PENDING'; i++) {
      const r = await client.gql(`{ outgoingMails(first: 20) { edges { node { to status subject } } } }`);
      status = r.data!.outgoingMails.edges.find((e: any) => e.node.to === input.email)?.node.status ?? 'PENDING';
      if (status === 'PENDING') await new Promise((res) => setTimeout(res, 100));
    }
    expect(status).toBe('STORED');
  });
});

describe('registration refuses bad input and changes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty e-mail', { email: '' }, 'email'],
    ['a malformed e-mail', { email: 'an.peeters@' }, 'email'],
    ['a 1 MB display name', { displayName: 'x'.repeat(1_000_000) }, 'displayName'],
    ['a blank display name', { displayName: '   ' }, 'displayName'],
    ['a password of 9 characters', { password: 'Kaai-Sch7' }, 'password'],
    ['a password of 129 characters', { password: 'k'.repeat(129) }, 'password'],
    ['a common password', { password: 'wachtwoord123' }, 'password'],
    ['an unknown NIS code', { bestuurCode: '99999' }, 'bestuurCode'],
  ];
  it.each(cases)('%s', async (_label, over, field) => {
    const users = await count(app, 'users');
    const mails = await count(app, 'outbox_mails');
    const r = await new Client(app.url).gql(REGISTER, { input: registration(over) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields[field]).toEqual(expect.any(String));
    expect(r.data).toBeNull();
    expect(await count(app, 'users')).toBe(users);
    expect(await count(app, 'outbox_mails')).toBe(mails);
  });

  it('a second registration with the same e-mail in another case is a conflict', async () => {
    const input = registration();
    await new Client(app.url).gql(REGISTER, { input });
    const users = await count(app, 'users');
    const r = await new Client(app.url).gql(REGISTER, { input: { ...input, email: input.email.toUpperCase() } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions!.fields.email).toBe('Dit e-mailadres is al in gebruik.');
    expect(await count(app, 'users')).toBe(users);
  });

  it('wrong types and missing fields in variables', async () => {
    const users = await count(app, 'users');
    const wrongType = await new Client(app.url).gql(REGISTER, { input: { ...registration(), password: 12345678901 } });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    const { password: _omit, ...missing } = registration();
    expect(codeOf(await new Client(app.url).gql(REGISTER, { input: missing }))).toBe('BAD_USER_INPUT');
    expect(await count(app, 'users')).toBe(users);
  });
});

describe('logging in', () => {
  it('answers an unknown e-mail and a wrong password the same way', async () => {
    const u = await createUser(app);
    const unknown = await new Client(app.url).login('niemand@gemeente.test', 'Whatever-123456');
    const wrong = await new Client(app.url).login(u.email, 'Whatever-123456');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('is rate limited per account after 10 failures, with a retry hint', async () => {
    const u = await createUser(app);
    // Each failure comes from a different address, so only the per-account limit applies.
    const from = (i: number) => ({ 'x-forwarded-for': `10.9.0.${i}` });
    for (let i = 0; i < 10; i++) {
      const r = await new Client(app.url).gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: u.email, password: 'Fout-wachtwoord-1' } }, from(i));
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    const blocked = await new Client(app.url).login(u.email, u.password);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(await count(app, `sessions WHERE user_id = '${u.id}'`)).toBe(0);
  });

  it('is rate limited per IP address across accounts', async () => {
    const ip = { 'x-forwarded-for': '10.8.0.1' };
    for (let i = 0; i < 10; i++) {
      await new Client(app.url).gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: `raad${i}@gemeente.test`, password: 'Fout-wachtwoord-1' } }, ip);
    }
    const u = await createUser(app);
    const r = await new Client(app.url).gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: u.email, password: u.password } }, ip);
    expect(codeOf(r)).toBe('RATE_LIMITED');
  });
});

describe('sessions', () => {
  it('log out everywhere ends every session at once', async () => {
    const u = await createUser(app);
    const a = new Client(app.url);
    const b = new Client(app.url);
    await a.login(u.email, u.password);
    await b.login(u.email, u.password);
    const sessions = await a.gql(`{ mySessions { id current } }`);
    expect(sessions.data!.mySessions).toHaveLength(2);
    expect(sessions.data!.mySessions.filter((s: any) => s.current)).toHaveLength(1);
    await a.gql(`mutation { logoutEverywhere }`);
    expect((await b.gql(ME)).data!.me).toBeNull();
    expect(await count(app, `sessions WHERE user_id = '${u.id}'`)).toBe(0);
  });

  it('revokes one session of your own but not someone else\'s', async () => {
    const { client: mine, user } = await signedIn(app);
    const other = await signedIn(app);
    const [theirs] = await app.ds.query(`SELECT id FROM sessions WHERE user_id = $1`, [other.user.id]);
    expect(codeOf(await mine.gql(`mutation($id: ID!) { revokeSession(input: { id: $id }) }`, { id: theirs.id }))).toBe('NOT_FOUND');
    expect((await other.client.gql(ME)).data!.me.id).toBe(other.user.id);
    const [own] = await app.ds.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id]);
    await mine.gql(`mutation($id: ID!) { revokeSession(input: { id: $id }) }`, { id: own.id });
    expect((await mine.gql(ME)).data!.me).toBeNull();
  });

  it('mutations without a session are refused', async () => {
    const anon = new Client(app.url);
    for (const m of [
      `mutation { updateProfile(input: { displayName: "Iemand" }) { id } }`,
      `mutation { changePassword(input: { currentPassword: "a", newPassword: "Nieuw-wachtwoord-77" }) }`,
      `mutation { logoutEverywhere }`,
      `mutation { resendVerification }`,
    ]) {
      expect(codeOf(await anon.gql(m))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await anon.gql(`{ mySessions { id } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
  const REQUEST = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;

  it('reset by mail works once; the old password and old sessions stop working', async () => {
    const { user, client: old } = await signedIn(app);
    const anon = new Client(app.url);
    expect((await anon.gql(REQUEST, { e: user.email })).data!.requestPasswordReset).toBe(true);
    const { mail, token } = await lastMail(user.email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen voor Ketenwerk');
    expect(codeOf(await anon.gql(RESET, { t: token, p: 'kort' }))).toBe('BAD_USER_INPUT');
    expect((await anon.gql(RESET, { t: token, p: 'Nieuw-Wachtwoord-2026' })).data!.resetPassword).toBe(true);
    expect((await old.gql(ME)).data!.me).toBeNull();
    expect(codeOf(await new Client(app.url).login(user.email, user.password))).toBe('UNAUTHENTICATED');
    expect((await new Client(app.url).login(user.email, 'Nieuw-Wachtwoord-2026')).errors).toBeUndefined();
    // Reused token.
    expect(codeOf(await anon.gql(RESET, { t: token, p: 'Nog-Een-Wachtwoord-1' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await new Client(app.url).login(user.email, 'Nog-Een-Wachtwoord-1'))).toBe('UNAUTHENTICATED');
  });

  it('an expired reset link is refused and changes nothing', async () => {
    const user = await createUser(app);
    await new Client(app.url).gql(REQUEST, { e: user.email });
    const { token } = await lastMail(user.email);
    await app.ds.query(`UPDATE auth_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    expect(codeOf(await new Client(app.url).gql(RESET, { t: token, p: 'Nieuw-Wachtwoord-2026' }))).toBe('BAD_USER_INPUT');
    expect((await new Client(app.url).login(user.email, user.password)).errors).toBeUndefined();
  });

  it('a reset request for an unknown address answers the same and sends nothing', async () => {
    const mails = await count(app, 'outbox_mails');
    const r = await new Client(app.url).gql(REQUEST, { e: 'onbekend@gemeente.test' });
    expect(r.data!.requestPasswordReset).toBe(true);
    expect(await count(app, 'outbox_mails')).toBe(mails);
  });

  it('change password needs the current one and ends your other sessions', async () => {
    const { user, client } = await signedIn(app);
    const other = new Client(app.url);
    await other.login(user.email, user.password);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
    const wrong = await client.gql(CHANGE, { c: 'Niet-het-wachtwoord', n: 'Nieuw-Wachtwoord-2026' });
    expect(wrong.errors![0].extensions!.fields.currentPassword).toBeDefined();
    expect(codeOf(await client.gql(CHANGE, { c: user.password, n: '1234567890' }))).toBe('BAD_USER_INPUT');
    expect((await client.gql(CHANGE, { c: user.password, n: 'Nieuw-Wachtwoord-2026' })).data!.changePassword).toBe(true);
    expect((await client.gql(ME)).data!.me.id).toBe(user.id);
    expect((await other.gql(ME)).data!.me).toBeNull();
  });
});

describe('profile', () => {
  it('updates name, function and bestuur, and refuses an unknown bestuur', async () => {
    const { client } = await signedIn(app);
    const UPDATE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName jobTitle bestuur { code name kind } } }`;
    const ok = await client.gql(UPDATE, { i: { displayName: 'Jan Janssens', jobTitle: 'Informatieveiligheidsconsulent', bestuurCode: 'vvsg' } });
    expect(ok.data!.updateProfile).toMatchObject({ displayName: 'Jan Janssens', bestuur: { code: 'vvsg', kind: 'PARTNER' } });
    const bad = await client.gql(UPDATE, { i: { displayName: 'Ander', bestuurCode: '00000' } });
    expect(bad.errors![0].extensions!.fields.bestuurCode).toBeDefined();
    expect((await client.gql(ME)).data!.me.displayName).toBe('Jan Janssens');
  });

  it('hides e-mail addresses from other members', async () => {
    const { client } = await signedIn(app);
    const other = await createUser(app);
    const { client: adminClient } = await signedIn(app, { admin: true });
    await adminClient.gql(`mutation($u: ID!) { appointCoordinator(input: { regionSlug: "kempen", userId: $u }) { id } }`, { u: other.id });
    const r = await client.gql(`{ region(slug: "kempen") { coordinators { id email displayName } } }`);
    const seen = r.data!.region.coordinators.find((c: any) => c.id === other.id);
    expect(seen.email).toBeNull();
    const asAdmin = await adminClient.gql(`{ region(slug: "kempen") { coordinators { id email } } }`);
    expect(asAdmin.data!.region.coordinators.find((c: any) => c.id === other.id).email).toBe(other.email);
  });
});
