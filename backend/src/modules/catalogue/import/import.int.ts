import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import iconv from 'iconv-lite';
import { catalogueSnapshot, makeIndicator, valueOf } from '../../../test/catalogue.js';
import { Client, codeOf, signedIn, startTestApp, type TestApp } from '../../../test/harness.js';
import { runImportCommand } from './import.cli.js';

let app: TestApp;
let admin: Client;
let adminId: string;
let member: Client;
beforeAll(async () => {
  app = await startTestApp({ MAIL_POLL_SECONDS: '86400' });
  const a = await signedIn(app, { admin: true, name: 'Ann Beheerder' });
  admin = a.client;
  adminId = a.user.id;
  member = (await signedIn(app, { bestuurCode: '44021' })).client;
  await makeIndicator(app, { key: 'inwoners', name: 'Inwoners', max: 10_000_000, aggregation: 'SUM', source: 'Statbel' });
});
afterAll(() => app.stop());

type Query = { source?: string; year?: string; dryRun?: string; fileName?: string };

/** POST /imports/indicators as the admin page does: raw body, session cookie, CSRF header. */
async function upload(client: Client | null, body: string | Buffer, q: Query, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ source: 'I-Monitor', dryRun: 'true', ...q } as Record<string, string>);
  const res = await fetch(`${app.url}/imports/indicators?${params}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv', 'x-ketenwerk-csrf': '1', origin: 'http://ketenwerk.test',
      ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers,
    },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

const IMPORT = `mutation($input: ImportIndicatorsInput!) { importIndicators(input: $input) {
  committed alreadyImported shape format encoding delimiter decimalSeparator rowCount valueCount newCount changedCount unchangedCount
  errorRowCount rows { line issues { kind message } } } }`;

const PROFILE = `query($nis: String!) { bestuur(nisCode: $nis) { profile { indicators {
  indicator { key } latest { value year source importId } sourceLabel history { year value } } } } }`;

async function reading(nis: string, key: string) {
  const r = await new Client(app.url).gql(PROFILE, { nis });
  return r.data!.bestuur.profile.indicators.find((i: any) => i.indicator.key === key);
}

describe('dry run, then commit', () => {
  it('reads a wide CSV with semicolons, decimal commas and a BOM; the dry run writes nothing, the commit writes every value', async () => {
    const a = await makeIndicator(app);
    const b = await makeIndicator(app, { max: 10000 });
    const csv = `\uFEFFnis;gemeente;${a.key};${b.key}\n44021;Gent;62,5;1.234,5\n41002;Aalst;48;900\n11001;Aartselaar;;70,25\n`;
    const before = await catalogueSnapshot(app);

    const dry = await upload(admin, csv, { year: '2016', fileName: 'imonitor.csv' });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      dryRun: true, committed: false, format: 'CSV', shape: 'WIDE', encoding: 'UTF-8 met BOM', delimiter: ';', decimalSeparator: ',',
      indicators: [a.key, b.key], ignoredColumns: [], rowCount: 3, okRowCount: 3, errorRowCount: 0, valueCount: 5, newCount: 5, rows: [],
    });
    expect(await catalogueSnapshot(app)).toEqual(before);

    const done = await upload(admin, csv, { year: '2016', fileName: 'imonitor.csv', dryRun: 'false' });
    expect(done.json).toMatchObject({ committed: true, newCount: 5, changedCount: 0, unchangedCount: 0 });
    expect(await valueOf(app, '44021', a.key, 2016)).toBe(62.5);
    expect(await valueOf(app, '44021', b.key, 2016)).toBe(1234.5);
    expect(await valueOf(app, '11001', a.key, 2016)).toBeNull();
    expect(await valueOf(app, '11001', b.key, 2016)).toBe(70.25);
    const [imp] = await app.ds.query('SELECT source, year, file_hash, run_by, imported_by, via FROM indicator_imports WHERE id = $1', [done.json.importId]);
    expect(imp).toEqual({
      source: 'I-Monitor', year: 2016, file_hash: createHash('sha256').update(Buffer.from(csv)).digest('hex'),
      run_by: 'Ann Beheerder', imported_by: adminId, via: 'WEB',
    });
    expect(await reading('44021', a.key)).toMatchObject({
      latest: { value: 62.5, year: 2016, source: 'I-Monitor', importId: done.json.importId }, sourceLabel: 'bron: I-Monitor 2016',
    });
  });

  it('reads a long CSV with commas and decimal points in Windows-1252, matching indicators by their name', async () => {
    const c = await makeIndicator(app, { name: `Tevredenheid één loket ${Date.now()}`, max: 10 });
    const text = `NIS,Indicator,Waarde,Jaar\n44021,${c.name},"3.5",2019\n41002,${c.name},4.25,2019\n`;
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(Buffer.from('één'))).toBe(false); // really not UTF-8

    const r = await upload(admin, bytes, { dryRun: 'false' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ committed: true, shape: 'LONG', encoding: 'Windows-1252', delimiter: ',', decimalSeparator: '.', newCount: 2, years: [2019] });
    expect(await valueOf(app, '44021', c.key, 2019)).toBe(3.5);
    expect(await valueOf(app, '41002', c.key, 2019)).toBe(4.25);
  });

  it('reads JSON in the wide and the long shape through GraphQL', async () => {
    const a = await makeIndicator(app);
    const wide = await admin.gql(IMPORT, { input: {
      content: JSON.stringify([{ nis: '44021', naam: 'Gent', [a.key]: 70 }, { nis: '41002', [a.key]: 30.5 }]),
      fileName: 'profiel.json', source: 'Profielschets', year: 2021, dryRun: false,
    } });
    expect(wide.errors).toBeUndefined();
    expect(wide.data!.importIndicators).toMatchObject({ committed: true, format: 'JSON', shape: 'WIDE', encoding: 'UTF-8', delimiter: null, newCount: 2 });
    const long = await admin.gql(IMPORT, { input: {
      content: Buffer.from(JSON.stringify([{ nis: 11001, indicator: a.key, waarde: '55,5', jaar: 2021 }])).toString('base64'),
      contentEncoding: 'BASE64', source: 'Profielschets', dryRun: false,
    } });
    expect(long.data!.importIndicators).toMatchObject({ committed: true, shape: 'LONG', decimalSeparator: ',', newCount: 1 });
    expect([await valueOf(app, '44021', a.key, 2021), await valueOf(app, '41002', a.key, 2021), await valueOf(app, '11001', a.key, 2021)])
      .toEqual([70, 30.5, 55.5]);
  });

  it('keeps earlier years as history and shows the latest with its source and age', async () => {
    const a = await makeIndicator(app);
    await upload(admin, `nis;${a.key}\n44021;40\n`, { year: '2016', dryRun: 'false' });
    await upload(admin, `nis;${a.key}\n44021;60\n`, { year: '2020', dryRun: 'false', source: 'I-Monitor bis' });
    expect(await reading('44021', a.key)).toMatchObject({
      latest: { value: 60, year: 2020, source: 'I-Monitor bis' }, sourceLabel: 'bron: I-Monitor bis 2020',
      history: [{ year: 2020, value: 60 }, { year: 2016, value: 40 }],
    });
  });
});

describe('merged municipalities', () => {
  it('maps pre-2025 NIS codes through the merger table by each indicator\'s rule', async () => {
    const s = await makeIndicator(app, { aggregation: 'SUM', max: 1e6 });
    const w = await makeIndicator(app, { aggregation: 'POPULATION_WEIGHTED_MEAN' });
    const n = await makeIndicator(app, { aggregation: 'NONE' });
    // Lochristi + Wachtebeke → Lochristi (44087); Galmaarden + Gooik without Herne → Pajottegem (23106), incomplete.
    const csv = [
      `nis;inwoners;${s.key};${w.key};${n.key}`,
      '44034;22000;10;50;3', '44073;8000;5;80;4', '23023;9000;1;10;1', '23024;8000;2;20;2', '44021;260000;100;60;7',
    ].join('\n');
    const dry = await upload(admin, csv, { year: '2018' });
    expect(dry.json).toMatchObject({ errorRowCount: 0, warningRowCount: 4, valueCount: 7, skippedCount: 10 });
    const line2 = dry.json.rows.find((r: any) => r.line === 2);
    expect(line2).toMatchObject({ nisCode: '44034', mappedToNisCode: '44087', bestuurName: 'Lochristi', severity: 'WARNING' });
    expect(line2.issues).toContainEqual({
      kind: 'MAPPED_THROUGH_MERGER', severity: 'INFO', column: w.key,
      message: `Fusie: Lochristi (44034) hoort sinds 2025 bij Lochristi (44087); ${w.key} 2018 = 58 (naar inwoners gewogen gemiddelde van 2 gemeenten).`,
    });
    expect(line2.issues).toContainEqual(expect.objectContaining({
      kind: 'NOT_AGGREGATED', column: n.key, message: expect.stringContaining(`${n.key} wordt bij een fusie niet samengeteld`),
    }));
    const line4 = dry.json.rows.find((r: any) => r.line === 4);
    expect(line4.issues.map((i: any) => i.kind)).toEqual(['NOT_AGGREGATED', 'NOT_AGGREGATED', 'NOT_AGGREGATED', 'NOT_AGGREGATED']);
    expect(line4.issues[1].message).toBe(`Onvolledig: Herne (23032) ontbreekt voor ${s.key} in 2018; de waarde voor Pajottegem (23106) is weggelaten.`);

    const done = await upload(admin, csv, { year: '2018', dryRun: 'false' });
    expect(done.json).toMatchObject({ committed: true, newCount: 7 });
    expect(await valueOf(app, '44087', 'inwoners', 2018)).toBe(30000);
    expect(await valueOf(app, '44087', s.key, 2018)).toBe(15);
    expect(await valueOf(app, '44087', w.key, 2018)).toBe(58);
    expect(await valueOf(app, '44087', n.key, 2018)).toBeNull();
    expect(await valueOf(app, '23106', s.key, 2018)).toBeNull();
    expect(await valueOf(app, '44021', n.key, 2018)).toBe(7);
  });
});

describe('importing again', () => {
  it('changes nothing when the same file is imported again', async () => {
    const a = await makeIndicator(app);
    const csv = `nis;${a.key}\n44021;10\n41002;20\n`;
    const first = await upload(admin, csv, { year: '2017', dryRun: 'false' });
    expect(first.json.committed).toBe(true);
    const stamps = () => app.ds.query(
      `SELECT v.id, v.updated_at, v.import_id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.key = $1 ORDER BY v.id`, [a.key]);
    const stamp = await stamps();
    const before = await catalogueSnapshot(app);

    const dry = await upload(admin, csv, { year: '2017' });
    expect(dry.json).toMatchObject({ alreadyImported: true, importId: first.json.importId, newCount: 0, changedCount: 0, unchangedCount: 2 });
    const again = await upload(admin, csv, { year: '2017', dryRun: 'false' });
    expect(again.json).toMatchObject({ committed: false, alreadyImported: true, newCount: 0, changedCount: 0, unchangedCount: 2 });
    expect(await catalogueSnapshot(app)).toEqual(before);
    expect(await stamps()).toEqual(stamp);
  });

  it('records another file with the same values but leaves the values and their provenance alone', async () => {
    const a = await makeIndicator(app);
    const first = await upload(admin, `nis;${a.key}\n44021;10\n41002;20\n`, { year: '2017', dryRun: 'false' });
    const second = await upload(admin, `nis;${a.key}\n41002;20\n44021;10\n`, { year: '2017', dryRun: 'false' });
    expect(second.json).toMatchObject({ committed: true, alreadyImported: false, newCount: 0, changedCount: 0, unchangedCount: 2 });
    expect(second.json.importId).not.toBe(first.json.importId);
    const rows = await app.ds.query(`SELECT DISTINCT v.import_id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE i.key = $1`, [a.key]);
    expect(rows).toEqual([{ import_id: first.json.importId }]);
    const changed = await upload(admin, `nis;${a.key}\n44021;11\n41002;20\n`, { year: '2017', dryRun: 'false' });
    expect(changed.json).toMatchObject({ committed: true, newCount: 0, changedCount: 1, unchangedCount: 1 });
    expect(await valueOf(app, '44021', a.key, 2017)).toBe(11);
  });
});

describe('bad input: a clear error and nothing changed', () => {
  it.each([
    ['an empty file', '', /leeg/],
    ['tabs instead of semicolons', 'nis\tx\n44021\t5\n', /puntkomma of komma/],
    ['no header line', '44021;62\n41002;48\n', /eerste regel bevat gegevens/],
    ['a header without data', 'nis;x\n', /alleen een kopregel/],
    ['a row with too many columns', 'nis;x\n44021;5;6\n', /Regel 2: het aantal kolommen/],
    ['no NIS column', 'gemeente;x\nGent;5\n', /kolom met de NIS-code/],
  ])('%s', async (_name, body, message) => {
    const before = await catalogueSnapshot(app);
    const r = await upload(admin, body, { year: '2016', dryRun: 'false' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors[0].extensions.fields.file).toMatch(message);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('reports an unknown NIS code, text in a number column, a value out of range and a duplicate per row, and refuses the commit', async () => {
    const a = await makeIndicator(app);
    const csv = `nis;${a.key}\n99999;10\n44021;veel\n41002;150\n11001;20\n11001;30\nabc;5\n`;
    const dry = await upload(admin, csv, { year: '2016' });
    expect(dry.json).toMatchObject({ rowCount: 6, okRowCount: 1, errorRowCount: 5, valueCount: 1 });
    expect(dry.json.rows.map((r: any) => [r.line, r.issues.map((i: any) => `${i.kind}: ${i.message}`)])).toEqual([
      [2, ['UNKNOWN_NIS_CODE: Onbekende NIS-code 99999: geen Vlaamse gemeente.']],
      [3, [`NOT_A_NUMBER: ${a.key}: 'veel' is geen getal.`]],
      [4, [`OUT_OF_RANGE: ${a.key}: 150 is groter dan het maximum 100.`]],
      [6, [`DUPLICATE: Dubbel: 11001, ${a.key}, 2016 staat ook op regel 5.`]],
      [7, ["UNKNOWN_NIS_CODE: Geen geldige NIS-code: 'abc'."]],
    ]);
    const before = await catalogueSnapshot(app);
    const commit = await upload(admin, csv, { year: '2016', dryRun: 'false' });
    expect(commit.status).toBe(400);
    expect(commit.json.errors[0].extensions.fields.file).toMatch(/5 rijen bevatten een fout; er is niets geïmporteerd/);
    expect(await catalogueSnapshot(app)).toEqual(before);
    expect(await valueOf(app, '11001', a.key, 2016)).toBeNull();
  });

  it('writes none of the good rows when one row is bad (all or nothing)', async () => {
    const a = await makeIndicator(app);
    const before = await catalogueSnapshot(app);
    const r = await admin.gql(IMPORT, { input: { content: `nis;${a.key}\n44021;10\n41002;x\n11001;30\n`, source: 'I-Monitor', year: 2016, dryRun: false } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.file).toMatch(/1 rij bevat een fout/);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('refuses a file over 20 MB with 413 and says why', async () => {
    const before = await catalogueSnapshot(app);
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x35);
    big.write('nis;x\n');
    const r = await upload(admin, big, { year: '2016', dryRun: 'false' });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { file: expect.stringMatching(/groter dan 20 MB/) } });
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('asks for the year when neither the import nor the file gives one', async () => {
    const a = await makeIndicator(app);
    const r = await upload(admin, `nis;${a.key}\n44021;5\n`, { dryRun: 'false' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.fields.year).toMatch(/jaar/);
  });
});

describe('only administrators import', () => {
  it('refuses anonymous people, members and coordinators over HTTP and GraphQL; nothing changes', async () => {
    const a = await makeIndicator(app);
    const csv = `nis;${a.key}\n44021;5\n`;
    const coordinator = await signedIn(app, { bestuurCode: '44021' });
    await app.ds.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $1 FROM regions WHERE slug = 'regio-gent'`, [coordinator.user.id]);
    const before = await catalogueSnapshot(app);

    const anon = await upload(null, csv, { year: '2016', dryRun: 'false' });
    expect([anon.status, anon.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    for (const client of [member, coordinator.client]) {
      const r = await upload(client, csv, { year: '2016', dryRun: 'false' });
      expect([r.status, r.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      const g = await client.gql(IMPORT, { input: { content: csv, source: 'I-Monitor', year: 2016, dryRun: false } });
      expect(codeOf(g)).toBe('FORBIDDEN');
    }
    expect(codeOf(await new Client(app.url).gql(IMPORT, { input: { content: csv, source: 'I-Monitor', year: 2016, dryRun: false } }))).toBe('UNAUTHENTICATED');
    const history = await member.gql(`{ indicatorImports { totalCount } }`);
    expect(codeOf(history)).toBe('FORBIDDEN');
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('refuses an upload without the x-ketenwerk-csrf header, even from an administrator', async () => {
    const before = await catalogueSnapshot(app);
    const r = await upload(admin, 'nis;x\n44021;5\n', { year: '2016', dryRun: 'false' }, { 'x-ketenwerk-csrf': '' });
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(await catalogueSnapshot(app)).toEqual(before);
  });

  it('lists committed imports for administrators, newest first', async () => {
    const r = await admin.gql(`{ indicatorImports(first: 3) { totalCount edges { node { source via runBy createdAt } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.indicatorImports.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((n: any) => n.createdAt)).toEqual([...nodes.map((n: any) => n.createdAt)].sort().reverse());
  });
});

describe('on the command line', () => {
  it('imports a file with `npm run import -- indicators FILE --source … --year …`, after a dry run that changes nothing', async () => {
    const a = await makeIndicator(app);
    const dir = await mkdtemp(join(tmpdir(), 'kw-import-'));
    const file = join(dir, 'profielschets.csv');
    await writeFile(file, `nis;${a.key}\n44021;12,5\n`);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const before = await catalogueSnapshot(app);
      expect(await runImportCommand(app.cfg, ['import', 'indicators', file, '--source', 'Profielschets', '--year', '2022', '--dry-run'])).toBe(0);
      expect(await catalogueSnapshot(app)).toEqual(before);
      expect(log.mock.calls.flat().join('\n')).toMatch(/Proefimport: er is niets gewijzigd/);
      expect(await runImportCommand(app.cfg, ['import', 'indicators', file, '--source', 'Profielschets', '--year', '2022'])).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toMatch(/Import voltooid/);
    } finally {
      log.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
    expect(await valueOf(app, '44021', a.key, 2022)).toBe(12.5);
    const [imp] = await app.ds.query(`SELECT via, run_by, imported_by FROM indicator_imports WHERE source = 'Profielschets' AND year = 2022`);
    expect(imp).toMatchObject({ via: 'CLI', run_by: expect.stringMatching(/^cli:/), imported_by: null });
  });
});
