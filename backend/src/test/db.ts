import pg from 'pg';

/** The PostgreSQL server the tests use; every test file gets its own database on it. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Named per test run by global-setup.mjs; the fallback serves a file run outside jest's setup.
export const TEMPLATE_DB = process.env.KW_TEMPLATE_DB ?? `kw_tpl_${process.pid}_local`;

export function dbUrl(name: string): string {
  const u = new URL(TEST_PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  await admin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return dbUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Builds this run's migrated, seeded template once; later test files copy it. */
export async function ensureTemplate(): Promise<void> {
  const exists = await admin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB])).rowCount);
  if (exists) return;
  const { createDataSource } = await import('../database/data-source.js');
  const { runMigrations } = await import('../database/migrate.js');
  const { seedReference } = await import('../database/seeds/reference.seed.js');
  const building = `${TEMPLATE_DB}_building`;
  await dropDatabase(building);
  const url = await createDatabase(building);
  const ds = createDataSource({ DATABASE_URL: url, DATA_DIR: '', DATABASE_POOL_SIZE: 2 });
  await ds.initialize();
  await runMigrations(ds);
  await seedReference(ds);
  await (await import('../modules/discussions/spaces.seed.js')).seedSpaces(ds);
  await ds.destroy();
  await admin((c) => c.query(`ALTER DATABASE "${building}" RENAME TO "${TEMPLATE_DB}"`));
}
