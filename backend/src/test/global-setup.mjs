// Runs once before all test files (plain JS: jest loads global setup outside its ESM transform).
// Checks PostgreSQL and names this run's own template database, so that several test runs on one
// machine never touch each other's template; the first test file builds it (src/test/db.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalSetup() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${url} (${e.message}). Start it, or set TEST_DATABASE_URL.`);
  }
  // Templates left by runs that were killed (their process is gone).
  const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'kw_tpl_%'`);
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (!alive(pid)) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await c.end();
  process.env.KW_TEMPLATE_DB = `kw_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
}
