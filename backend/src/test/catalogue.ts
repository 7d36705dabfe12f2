import { randomBytes } from 'node:crypto';
import type { TestApp } from './harness.js';

/** Test factories for the catalogue: rows straight into the database, each with its own unique keys. */

export const CATALOGUE_TABLES = [
  'solutions', 'solution_capabilities', 'solution_prerequisites', 'capabilities', 'indicators', 'indicator_values',
  'indicator_imports', 'indicator_corrections', 'bestuur_capabilities', 'adoptions', 'audit_events',
];

export const suffix = () => randomBytes(4).toString('hex');

/** A fingerprint (row count and hash of every row) of each catalogue table: equal before and after means nothing changed. */
export async function catalogueSnapshot(app: TestApp): Promise<Record<string, string>> {
  const [row] = await app.ds.query(`SELECT ${CATALOGUE_TABLES.map((t) =>
    `(SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM ${t} x) AS ${t}`).join(', ')}`);
  return row;
}

export async function makeCapability(app: TestApp, name = 'Voorziening'): Promise<{ id: string; key: string; name: string }> {
  const key = `cap-${suffix()}`;
  const [row] = await app.ds.query(`INSERT INTO capabilities (key, name) VALUES ($1, $2) RETURNING id, key, name`, [key, name]);
  return row;
}

export async function makeIndicator(app: TestApp, o: {
  key?: string; name?: string; min?: number | null; max?: number | null; aggregation?: 'SUM' | 'POPULATION_WEIGHTED_MEAN' | 'NONE'; source?: string;
} = {}): Promise<{ id: string; key: string; name: string }> {
  const key = o.key ?? `ind_${suffix()}`;
  const [row] = await app.ds.query(
    `INSERT INTO indicators (key, name, unit, source, min_value, max_value, aggregation) VALUES ($1, $2, 'score', $3, $4, $5, $6)
     ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name RETURNING id, key, name`,
    [key, o.name ?? `Indicator ${key}`, o.source ?? 'I-Monitor', o.min === undefined ? 0 : o.min, o.max === undefined ? 100 : o.max, o.aggregation ?? 'POPULATION_WEIGHTED_MEAN'],
  );
  return row;
}

export interface SolutionSpec {
  slug?: string;
  name: string;
  type?: string;
  domains?: string[];
  maturity?: string;
  openSource?: boolean;
  populationMin?: number | null;
  populationMax?: number | null;
  summary?: string;
  description?: string;
  required?: string[];
  recommended?: string[];
  prerequisites?: [string, number][];
  steps?: { title: string; kind?: string; capabilityKey?: string | null }[];
}

export async function makeSolution(app: TestApp, s: SolutionSpec): Promise<{ id: string; slug: string }> {
  const slug = s.slug ?? `oplossing-${suffix()}`;
  const [row] = await app.ds.query(
    `INSERT INTO solutions (slug, name, summary, description, type, domains, maturity, open_source, population_min, population_max, steps)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, slug`,
    [slug, s.name, s.summary ?? `Korte beschrijving van ${s.name}`, s.description ?? `Lange beschrijving van ${s.name}.`, s.type ?? 'SOFTWARE',
      s.domains ?? [], s.maturity ?? 'STABLE', s.openSource ?? false, s.populationMin ?? null, s.populationMax ?? null,
      JSON.stringify((s.steps ?? []).map((st) => ({ title: st.title, kind: st.kind ?? 'ORGANISATIONAL', description: null, capabilityKey: st.capabilityKey ?? null })))],
  );
  for (const [keys, level] of [[s.required ?? [], 'REQUIRED'], [s.recommended ?? [], 'RECOMMENDED']] as const) {
    for (const key of keys) {
      await app.ds.query(
        `INSERT INTO solution_capabilities (solution_id, capability_id, level) SELECT $1, id, $3 FROM capabilities WHERE key = $2`,
        [row.id, key, level],
      );
    }
  }
  for (const [key, min] of s.prerequisites ?? []) {
    await app.ds.query(`INSERT INTO solution_prerequisites (solution_id, indicator_id, min_value) SELECT $1, id, $3 FROM indicators WHERE key = $2`, [row.id, key, min]);
  }
  return row;
}

export async function setValue(app: TestApp, nis: string, indicatorKey: string, year: number, value: number, source = 'I-Monitor') {
  await app.ds.query(
    `INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source)
     SELECT b.id, i.id, $3, $4, $5 FROM besturen b, indicators i WHERE b.nis_code = $1 AND i.key = $2
     ON CONFLICT (bestuur_id, indicator_id, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
    [nis, indicatorKey, year, value, source],
  );
}

export async function giveCapabilities(app: TestApp, nis: string, keys: string[]) {
  await app.ds.query(
    `INSERT INTO bestuur_capabilities (bestuur_id, capability_id)
     SELECT b.id, c.id FROM besturen b, capabilities c WHERE b.nis_code = $1 AND c.key = ANY($2) ON CONFLICT DO NOTHING`,
    [nis, keys],
  );
}

export async function adopt(app: TestApp, nis: string, solutionId: string, status = 'IN_GEBRUIK') {
  await app.ds.query(
    `INSERT INTO adoptions (bestuur_id, solution_id, status) SELECT id, $2, $3 FROM besturen WHERE nis_code = $1`,
    [nis, solutionId, status],
  );
}

export async function valueOf(app: TestApp, nis: string, indicatorKey: string, year: number): Promise<number | null> {
  const [row] = await app.ds.query(
    `SELECT v.value FROM indicator_values v JOIN besturen b ON b.id = v.bestuur_id JOIN indicators i ON i.id = v.indicator_id
     WHERE b.nis_code = $1 AND i.key = $2 AND v.year = $3`,
    [nis, indicatorKey, year],
  );
  return row ? row.value : null;
}

/** A valid publiccode.yml document for a new solution. */
export function publiccodeYaml(slug: string, o: { name?: string; capability?: string } = {}): string {
  return `publiccodeYmlVersion: "0.4"
name: ${o.name ?? 'Gedeeld zaaksysteem'}
url: https://git.example.be/gemeenten/${slug}.git
platforms:
  - web
categories:
  - workflow-management
developmentStatus: stable
softwareType: standalone/web
description:
  nl:
    shortDescription: Een zaaksysteem dat gemeenten samen onderhouden.
    longDescription: >
      Een zaaksysteem voor lokale besturen, met dossiers, taken en termijnen. Gemeenten onderhouden het samen
      en delen hun aanpassingen, zodat elke verbetering iedereen ten goede komt.
    features:
      - Dossiers en taken
      - Termijnbewaking
legal:
  license: EUPL-1.2
  repoOwner: Samenwerkende gemeenten
maintenance:
  type: community
  contacts:
    - name: Jan Janssens
      email: jan.janssens@example.be
localisation:
  localisationReady: false
  availableLanguages:
    - nl
x-ketenwerk:
  slug: ${slug}
  type: SOFTWARE
  domains:
    - ALGEMEEN_BESTUUR
  openSource: true
  effort:
    minDays: 5
    maxDays: 20
  population:
    min: 10000
${o.capability ? `  requirements:\n    - capability: ${o.capability}\n      level: REQUIRED\n` : ''}  steps:
    - title: Installeer het zaaksysteem
      kind: TECHNICAL
`;
}
