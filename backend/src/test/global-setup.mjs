// Runs once before all test files (plain JS: jest loads global setup outside its ESM transform).
// Checks PostgreSQL and drops the template database, so the first test file rebuilds it from
// the current migrations (see src/test/db.ts).
import pg from 'pg';

export default async function globalSetup() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${url} (${e.message}). Start it, or set TEST_DATABASE_URL.`);
  }
  await c.query('DROP DATABASE IF EXISTS ketenwerk_test_template WITH (FORCE)');
  await c.end();
}
