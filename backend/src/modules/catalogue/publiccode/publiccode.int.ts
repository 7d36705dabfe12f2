import { parse } from 'csv-parse/sync';
import { catalogueSnapshot, makeCapability, makeIndicator, makeSolution, publiccodeYaml, suffix } from '../../../test/catalogue.js';
import { Client, codeOf, signedIn, startTestApp, type GqlResult, type TestApp } from '../../../test/harness.js';

let app: TestApp;
let anon: Client;
let admin: Client;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  anon = new Client(app.url);
  admin = (await signedIn(app, { admin: true })).client;
});
afterAll(() => app.stop());

const ok = <T>(r: GqlResult<T>): any => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const IMPORT = `mutation($input: ImportPubliccodeInput!) { importPubliccode(input: $input) {
  dryRun committed valid documents solutions { slug name action } issues { document line column path message severity } } }`;
const importYaml = (content: string, dryRun: boolean) => admin.gql(IMPORT, { input: { content, dryRun } });
const exported = async (slug: string) => {
  const res = await fetch(`${app.url}/exports/oplossingen/${slug}/publiccode.yml`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/yaml/);
  return res.text();
};
const SOLUTION = `query($slug: String!) { solution(slug: $slug) { name summary description type domains provider licence openSource costIndication
  maturity maintenanceType maintenanceUntil contacts { name email } links { label url } standards features processes roles
  effortMinDays effortMaxDays populationMin populationMax changeNotes requirements { level capability { key } }
  prerequisites { indicator { key } minValue } steps { title kind description capability { key } } } }`;

describe('publiccode.yml round trip', () => {
  it('exports a solution and imports it again unchanged, as an update and as a copy under a new slug', async () => {
    const c = await makeCapability(app);
    const i = await makeIndicator(app);
    const slug = `gedeeld-${suffix()}`;
    ok(await admin.gql(`mutation($input: CreateSolutionInput!) { createSolution(input: $input) { slug } }`, { input: {
      slug, name: 'Gedeelde meldingskaart', summary: 'Meldingen over het openbaar domein op een kaart.', type: 'SOFTWARE', maturity: 'BETA',
      description: 'Inwoners melden sluikstort, kapotte verlichting en putten op een kaart. De technische dienst volgt elke melding op en de melder ziet de status. Gemeenten delen de code en de verbeteringen.',
      domains: ['OMGEVING', 'E_DIENSTVERLENING'], provider: 'Samenwerkende gemeenten', licence: 'EUPL-1.2', openSource: true, costIndication: 'Hosting',
      maintenanceType: 'COMMUNITY', maintenanceUntil: '2027-12-31', contacts: [{ name: 'An Peeters', email: 'an.peeters@example.be' }],
      links: [{ label: 'Website', url: 'https://meldingen.example.be' }, { label: 'Broncode', url: 'https://git.example.be/meldingen.git' }, { label: 'Handleiding', url: 'https://docs.example.be' }],
      standards: ['OSLO Adresregister'], features: ['Kaart', 'Opvolging'], processes: ['Meldingen'], roles: ['Technische dienst'],
      effortMinDays: 3, effortMaxDays: 9, populationMin: 5000, populationMax: 90000, changeNotes: 'Spreek termijnen af.',
      requirements: [{ capabilityKey: c.key, level: 'RECOMMENDED' }], prerequisites: [{ indicatorKey: i.key, minValue: 40 }],
      steps: [{ title: 'Koppel het adressenregister', kind: 'TECHNICAL', capabilityKey: c.key, description: 'Via de dienstenintegrator' }, { title: 'Spreek termijnen af', kind: 'ORGANISATIONAL' }],
    } }));
    const first = await exported(slug);
    expect(ok(await anon.gql(`{ solutionPubliccode(slug: "${slug}") }`)).solutionPubliccode).toBe(first);
    const original = ok(await anon.gql(SOLUTION, { slug })).solution;

    const before = await catalogueSnapshot(app);
    const dry = ok(await importYaml(first, true)).importPubliccode;
    expect(dry).toMatchObject({ dryRun: true, committed: false, valid: true, documents: 1, issues: [], solutions: [{ slug, action: 'UPDATE' }] });
    expect(await catalogueSnapshot(app)).toEqual(before);

    expect(ok(await importYaml(first, false)).importPubliccode).toMatchObject({ committed: true, solutions: [{ slug, action: 'UPDATE' }] });
    expect(await exported(slug)).toBe(first);
    const after = ok(await anon.gql(SOLUTION, { slug })).solution;
    expect({ ...after, links: [...after.links].sort((a: any, b: any) => a.label.localeCompare(b.label)) })
      .toEqual({ ...original, links: [...original.links].sort((a: any, b: any) => a.label.localeCompare(b.label)) });

    const copy = `kopie-${suffix()}`;
    ok(await importYaml(first.replace(`slug: ${slug}`, `slug: ${copy}`), false));
    expect(await exported(copy)).toBe(first.replace(`slug: ${slug}`, `slug: ${copy}`));
  });

  it('creates a solution from a publiccode.yml written elsewhere, after a dry run that changes nothing', async () => {
    const c = await makeCapability(app);
    const slug = `zaken-${suffix()}`;
    const yaml = publiccodeYaml(slug, { capability: c.key });
    const before = await catalogueSnapshot(app);
    expect(ok(await importYaml(yaml, true)).importPubliccode).toMatchObject({ valid: true, solutions: [{ slug, name: 'Gedeeld zaaksysteem', action: 'CREATE' }] });
    expect(await catalogueSnapshot(app)).toEqual(before);
    ok(await importYaml(yaml, false));
    expect(ok(await anon.gql(SOLUTION, { slug })).solution).toMatchObject({
      name: 'Gedeeld zaaksysteem', summary: 'Een zaaksysteem dat gemeenten samen onderhouden.', type: 'SOFTWARE', maturity: 'STABLE',
      licence: 'EUPL-1.2', openSource: true, provider: 'Samenwerkende gemeenten', maintenanceType: 'COMMUNITY',
      contacts: [{ name: 'Jan Janssens', email: 'jan.janssens@example.be' }],
      links: [{ label: 'Broncode', url: `https://git.example.be/gemeenten/${slug}.git` }],
      features: ['Dossiers en taken', 'Termijnbewaking'], effortMinDays: 5, effortMaxDays: 20, populationMin: 10000, populationMax: null,
      requirements: [{ level: 'REQUIRED', capability: { key: c.key } }], steps: [{ title: 'Installeer het zaaksysteem', kind: 'TECHNICAL', description: null, capability: null }],
    });
  });
});

describe('invalid publiccode.yml: errors with their line, nothing changed', () => {
  it('reports invalid YAML with its line and refuses the commit', async () => {
    const yaml = 'publiccodeYmlVersion: "0.4"\nname: Kapot\ncategories: [een, twee\nurl: https://x.example\n';
    const before = await catalogueSnapshot(app);
    const dry = ok(await importYaml(yaml, true)).importPubliccode;
    expect(dry.valid).toBe(false);
    expect(dry.issues[0]).toMatchObject({ document: 1, line: 4, severity: 'ERROR', message: expect.stringMatching(/^Ongeldige YAML/) });
    const commit = await importYaml(yaml, false);
    expect(codeOf(commit)).toBe('BAD_USER_INPUT');
    expect(commit.errors![0].extensions!.fields.content).toMatch(/^Regel 4: Ongeldige YAML/);
    expect(commit.errors![0].extensions!.issues[0]).toMatchObject({ line: 4 });
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('reports each break of the 0.4 schema at its line', async () => {
    const yaml = [
      'publiccodeYmlVersion: "0.4"', 'name: Kapotte oplossing', 'platforms:', '  - web', 'categories:', '  - workflow-management',
      '  - kantoorfeest', 'developmentStatus: bijna-klaar', 'softwareType: standalone/web', 'description:', '  nl:',
      `    shortDescription: ${'x'.repeat(151)}`, '    longDescription: >', `      ${'Een lange beschrijving. '.repeat(8)}`, '    features:',
      '      - Iets', 'legal:', '  license: EUPL-1.2', 'maintenance:', '  type: community', 'localisation:', '  localisationReady: ja',
      '  availableLanguages:', '    - nl', 'x-ketenwerk:', '  requirements:', '    - capability: bestaat-niet',
    ].join('\n');
    const before = await catalogueSnapshot(app);
    const dry = ok(await importYaml(yaml, true)).importPubliccode;
    expect(dry.issues.map((i: any) => [i.line, i.path, i.message])).toEqual([
      [1, 'url', 'url ontbreekt (verplicht).'],
      [7, 'categories.1', 'Onbekende categorie "kantoorfeest"; zie de lijst van publiccode.yml.'],
      [8, 'developmentStatus', 'developmentStatus moet een van concept, development, beta, stable, obsolete zijn.'],
      [12, 'description.nl.shortDescription', 'description.nl.shortDescription telt meer dan 150 tekens.'],
      [19, 'maintenance.contacts', 'maintenance.contacts is verplicht bij type community.'],
      [22, 'localisation.localisationReady', 'localisation.localisationReady moet true of false zijn.'],
    ]);
    expect(codeOf(await importYaml(yaml, false))).toBe('BAD_USER_INPUT');
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('points at an unknown capability in x-ketenwerk, in the second document of a file', async () => {
    const slug = `twee-${suffix()}`;
    const second = publiccodeYaml(`${slug}-b`, { capability: 'bestaat-niet' });
    const yaml = `${publiccodeYaml(`${slug}-a`)}---\n${second}`;
    const line = yaml.split('\n').findIndex((l, n) => n > 45 && l.includes('capability: bestaat-niet')) + 1;
    const before = await catalogueSnapshot(app);
    const dry = ok(await importYaml(yaml, true)).importPubliccode;
    expect(dry).toMatchObject({ valid: false, documents: 2 });
    expect(dry.issues).toEqual([{
      document: 2, line, column: 7, path: 'x-ketenwerk.requirements.0.capability', message: 'Onbekende voorziening: bestaat-niet.', severity: 'ERROR',
    }]);
    expect(codeOf(await importYaml(yaml, false))).toBe('BAD_USER_INPUT');
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('answers 404 for the publiccode.yml of a solution that does not exist', async () => {
    const res = await fetch(`${app.url}/exports/oplossingen/bestaat-niet/publiccode.yml`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('open-data exports', () => {
  it('guards CSV cells that start with =, +, -, @ or a tab against formula injection, and keeps JSON as it is', async () => {
    const name = '=HYPERLINK("http://evil.test","klik")';
    const { slug } = await makeSolution(app, { name, summary: '+32 9 123 45 67' });
    await app.ds.query(`UPDATE solutions SET provider = '@SUM(A1)', cost_indication = '-10+20', processes = ARRAY[E'\\tverborgen'], effort_min_days = 0 WHERE slug = $1`, [slug]);

    for (const [delimiter, query] of [[',', ''], [';', '?delimiter=semicolon']] as const) {
      const res = await fetch(`${app.url}/exports/catalogus.csv${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so spreadsheets read UTF-8
      const rows: Record<string, string>[] = parse(bytes.subarray(3).toString('utf8'), { columns: true, delimiter });
      const row = rows.find((r) => r.slug === slug)!;
      expect(row).toMatchObject({
        naam: `'${name}`, korte_beschrijving: "'+32 9 123 45 67", aanbieder: "'@SUM(A1)", kostenindicatie: "'-10+20", processen: "'\tverborgen",
        inspanning_min_dagen: '0', open_source: 'nee',
      });
    }
    const json = (await (await fetch(`${app.url}/exports/catalogus.json`)).json()) as any;
    expect(json.solutions.find((s: any) => s.slug === slug)).toMatchObject({ name, summary: '+32 9 123 45 67', provider: '@SUM(A1)' });
    expect(json.count).toBe(json.solutions.length);
  });
});
