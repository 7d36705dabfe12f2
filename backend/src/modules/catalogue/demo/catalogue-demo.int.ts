import { catalogueSnapshot } from '../../../test/catalogue.js';
import { Client, signedIn, startTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_SOLUTIONS } from './demo-solutions.js';
import { DEMO_CAPABILITIES, DEMO_INDICATORS } from './demo-vocabulary.js';
import { seedCatalogueDemo } from './catalogue-demo.seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  await seedCatalogueDemo(app.ds);
});
afterAll(() => app.stop());

describe('demo data of the catalogue', () => {
  it('loads the vocabulary, about 25 solutions and labelled demo values for all 285 municipalities', async () => {
    const [c] = await app.ds.query(`SELECT
      (SELECT count(*)::int FROM solutions WHERE is_demo) AS solutions,
      (SELECT count(*)::int FROM capabilities WHERE is_demo) AS capabilities,
      (SELECT count(DISTINCT bestuur_id)::int FROM indicator_values) AS besturen,
      (SELECT count(*)::int FROM indicator_values WHERE is_demo AND source LIKE '%(demowaarde)') AS demo_values,
      (SELECT count(*)::int FROM indicator_values WHERE NOT is_demo) AS real_values,
      (SELECT count(*)::int FROM adoptions WHERE is_demo) AS adoptions`);
    expect(c).toMatchObject({ solutions: DEMO_SOLUTIONS.length, capabilities: DEMO_CAPABILITIES.length, besturen: 285, real_values: 285 });
    expect(c.demo_values).toBe(285 * (DEMO_INDICATORS.length - 1));
    expect(c.adoptions).toBeGreaterThan(50);
    expect(DEMO_SOLUTIONS.length).toBeGreaterThanOrEqual(25);
  });

  it('changes nothing when loaded again, and does not bring back what people removed', async () => {
    await app.ds.query(`DELETE FROM adoptions WHERE id = (SELECT id FROM adoptions ORDER BY id LIMIT 1)`);
    const before = await catalogueSnapshot(app);
    await seedCatalogueDemo(app.ds);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('gives every demo solution a valid publiccode.yml', async () => {
    const admin = (await signedIn(app, { admin: true })).client;
    const anon = new Client(app.url);
    for (const s of DEMO_SOLUTIONS) {
      const yaml = (await anon.gql(`{ solutionPubliccode(slug: "${s.slug}") }`)).data!.solutionPubliccode;
      const r = await admin.gql(`mutation($input: ImportPubliccodeInput!) { importPubliccode(input: $input) { valid issues { line message } } }`,
        { input: { content: yaml, dryRun: true } });
      expect([s.slug, r.data!.importPubliccode]).toEqual([s.slug, { valid: true, issues: [] }]);
    }
  });
});
