import pg from 'pg';

export default async function globalTeardown() {
  const name = process.env.KW_TEMPLATE_DB;
  if (!name) return;
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`DROP DATABASE IF EXISTS "${name}_building" WITH (FORCE)`);
  await c.end();
}
