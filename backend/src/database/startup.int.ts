import { randomBytes } from 'node:crypto';
import { Client, signedIn, startTestApp, type TestApp } from '../test/harness.js';
import { createDatabase, dropDatabase } from '../test/db.js';
import { MIGRATIONS } from './entities.js';
import { seedReference } from './seeds/reference.seed.js';

// One fresh, empty database that two instances find at the same moment.
const dbName = `kw_t_startup_${randomBytes(6).toString('hex')}`;
let started: PromiseSettledResult<TestApp>[];
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  const url = await createDatabase(dbName);
  const start = () => startTestApp({ DATABASE_URL: url, MAIL_POLL_SECONDS: '86400' }, { dbName });
  started = await Promise.allSettled([start(), start()]);
  [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : (undefined as unknown as TestApp)));
}, 60_000);

afterAll(async () => {
  for (const s of started ?? []) if (s.status === 'fulfilled') await s.value.stop();
  await dropDatabase(dbName);
});

const one = async (app: TestApp, sql: string) => (await app.ds.query(sql))[0];

/** A fingerprint of every row of the reference tables. */
async function referenceFingerprint(app: TestApp) {
  const out: Record<string, string> = {};
  for (const table of ['regions', 'besturen', 'nis_mergers']) {
    out[table] = (await one(app, `SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) AS f FROM ${table} t`)).f;
  }
  return out;
}

describe('two instances starting together on an empty database', () => {
  it('both come up and serve', async () => {
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual(['up', 'up']);
    for (const app of [a, b]) {
      const ready = await fetch(`${app.url}/ready`);
      expect(ready.status).toBe(200);
      const r = await new Client(app.url).gql(`{ regions { slug } }`);
      expect(r.data?.regions).toHaveLength(15);
    }
  });

  it('ran each migration exactly once', async () => {
    const rows: { name: string; n: number }[] = await a.ds.query('SELECT name, count(*)::int AS n FROM typeorm_migrations GROUP BY name ORDER BY name');
    const expected = MIGRATIONS.map((M) => ({ name: (new M().name ?? M.name) as string, n: 1 }));
    expect(rows).toEqual(expected.sort((x, y) => (x.name < y.name ? -1 : 1)));
  });

  it('loaded the reference data once', async () => {
    const counts = await one(a, `SELECT
      (SELECT count(*)::int FROM besturen WHERE kind = 'MUNICIPALITY') AS municipalities,
      (SELECT count(*)::int FROM besturen WHERE kind = 'PARTNER') AS partners,
      (SELECT count(*)::int FROM regions) AS regions,
      (SELECT count(*)::int FROM nis_mergers) AS mergers,
      (SELECT count(*)::int FROM besturen WHERE kind = 'MUNICIPALITY' AND region_id IS NULL) AS unassigned`);
    expect(counts).toEqual({ municipalities: 285, partners: 3, regions: 15, mergers: 28, unassigned: 0 });
  });

  it('changes nothing when the reference data is loaded again', async () => {
    const before = await referenceFingerprint(a);
    await seedReference(a.ds);
    await seedReference(b.ds);
    expect(await referenceFingerprint(a)).toEqual(before);
  });

  it('keeps an administrator\'s rename and move when the reference data is loaded again', async () => {
    const { client } = await signedIn(b, { admin: true });
    const renamed = await client.gql(`mutation { updateRegion(input: { slug: "kempen", name: "Kenniskring Kempen" }) { name } }`);
    expect(renamed.data).toEqual({ updateRegion: { name: 'Kenniskring Kempen' } });
    const moved = await client.gql(`mutation { assignBestuurToRegion(input: { nisCode: "13001", regionSlug: "limburg" }) { region { slug } } }`);
    expect(moved.data).toEqual({ assignBestuurToRegion: { region: { slug: 'limburg' } } });

    await seedReference(a.ds);

    const r = await new Client(a.url).gql(`{ region(slug: "kempen") { name } bestuur(nisCode: "13001") { region { slug } } }`);
    expect(r.data).toEqual({ region: { name: 'Kenniskring Kempen' }, bestuur: { region: { slug: 'limburg' } } });
  });
});
