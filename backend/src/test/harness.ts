import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { loadConfig, type AppConfig } from '../config.js';
import { createLogger } from '../common/logger.js';
import { startServer, type Server } from '../server.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { createDatabase, dropDatabase, ensureTemplate, TEMPLATE_DB } from './db.js';
import { queryObserver } from '../database/rows.js';
import { SESSION_LOOKUP } from '../modules/accounts/sessions.service.js';

const requestScope = new AsyncLocalStorage<{ counted: boolean }>();
let counting = false;

export interface TestApp extends Server {
  dbName: string;
  cfg: AppConfig;
  stop: () => Promise<void>;
}

/** A real app on a real PostgreSQL database of its own (a copy of the migrated template). */
export async function startTestApp(env: Record<string, string> = {}, opts: { dbName?: string; keepDb?: boolean } = {}): Promise<TestApp> {
  const dbName = opts.dbName ?? `kw_t_${randomBytes(6).toString('hex')}`;
  if (!opts.dbName) await ensureTemplate();
  const url = opts.dbName ? undefined : await createDatabase(dbName, TEMPLATE_DB);
  const cfg = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url ?? env.DATABASE_URL,
    DATABASE_POOL_SIZE: '4',
    APP_ORIGIN: 'http://ketenwerk.test',
    FRONTEND_DIST: '/nonexistent',
    // Each test Client sends its own X-Forwarded-For, like browsers behind a reverse proxy.
    TRUST_PROXY: 'true',
    // Fixed, so that several instances of one test (and production mode) accept each other's signed links.
    APP_SECRET: 'test-secret-for-signed-links-0123456789',
    ...env,
  }, []);
  const server = await startServer(cfg, createLogger(cfg.LOG_LEVEL), {
    // Requests marked by countQueries run in a scope, so background jobs' queries are not counted.
    middleware: (req, _res, next) => requestScope.run({ counted: req.headers['x-count-queries'] === '1' }, next),
  });
  return {
    ...server,
    dbName,
    cfg,
    stop: async () => {
      await server.close();
      if (!opts.keepDb && !opts.dbName) await dropDatabase(dbName);
    },
  };
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
  headers: Headers;
}

/** A GraphQL client with its own cookie jar: one per simulated browser. */
export class Client {
  cookie: string | null = null;
  // A random address per client, so rate limits kept in Redis never carry over between test runs.
  readonly ip = `10.${[...randomBytes(3)].join('.')}`;

  constructor(readonly url: string, readonly origin = 'http://ketenwerk.test') {}

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: this.origin,
        'x-forwarded-for': this.ip,
        ...(counting ? { 'x-count-queries': '1' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as Omit<GqlResult<T>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body };
  }

  async login(email: string, password: string): Promise<GqlResult> {
    return this.gql(`mutation($input: LoginInput!) { login(input: $input) { id } }`, { input: { email, password } });
  }
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

let cachedHash: Promise<string> | null = null;
export const FACTORY_PASSWORD = 'Factory-Wachtwoord-42';

/** Inserts a user straight into the database; every test makes its own people. */
export async function createUser(app: Server, o: { admin?: boolean; verified?: boolean; bestuurCode?: string; name?: string } = {}) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const email = `u${randomBytes(5).toString('hex')}@gemeente.test`;
  const [row] = await app.ds.query(
    `INSERT INTO users (email, display_name, password_hash, is_admin, email_verified_at, bestuur_id)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END, (SELECT id FROM besturen WHERE code = $6))
     RETURNING id`,
    [email, o.name ?? `Persoon ${email.slice(1, 6)}`, await cachedHash, o.admin ?? false, o.verified ?? true, o.bestuurCode ?? null],
  );
  return { id: row.id as string, email, password: FACTORY_PASSWORD };
}

/** A client signed in as a fresh user. */
export async function signedIn(app: Server, o: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(app, o);
  const client = new Client(app.url);
  const r = await client.login(user.email, user.password);
  if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return { user, client };
}

export async function count(app: Server, table: string): Promise<number> {
  const [r] = await app.ds.query(`SELECT count(*)::int AS n FROM ${table}`);
  return r.n;
}

/** Counts the SQL statements the app sends for the requests made while `work` runs (not background jobs). */
export async function countQueries(app: Server, work: () => Promise<unknown>): Promise<number> {
  const ds = app.ds as unknown as { createQueryRunner: (mode?: string) => { query: (...a: unknown[]) => Promise<unknown> } };
  const original = ds.createQueryRunner;
  let n = 0;
  ds.createQueryRunner = function (this: unknown, mode?: string) {
    const runner = original.call(this, mode);
    const query = runner.query.bind(runner);
    runner.query = (...a: unknown[]) => {
      if (requestScope.getStore()?.counted) n++;
      return query(...a);
    };
    return runner;
  };
  counting = true;
  // Hot paths send named statements straight to the pg pool (database/rows.ts): count those too.
  // Not the session lookup: an instance keeps a checked session for a few seconds (decision 0003),
  // so whether a request looks it up depends on the time since the last one, not on the page.
  queryObserver.onQuery = (name) => {
    if (requestScope.getStore()?.counted && name !== SESSION_LOOKUP) n++;
  };
  try {
    await work();
  } finally {
    counting = false;
    queryObserver.onQuery = null;
    ds.createQueryRunner = original;
  }
  return n;
}
