import type { DataSource } from 'typeorm';
import { inTransaction } from '../../../database/transaction.js';
import { ACTIVE_ADOPTION, AdoptionStatus, MaintenanceType, SolutionMaturity, StepKind } from '../catalogue.enums.js';
import { DEMO_SOLUTIONS } from './demo-solutions.js';
import { DEMO_CAPABILITIES, DEMO_INDICATORS } from './demo-vocabulary.js';

/** Marks the demo import of indicator values; when present, the bestuur-specific demo data was loaded before. */
export const DEMO_MARKER = 'demo-catalogue-v1';
export const DEMO_SOURCE = 'demowaarde';

/** A small seeded PRNG (mulberry32) so the demo values are the same on every machine. */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Demo value of one indicator for one municipality: larger municipalities score a little higher. */
export function demoValue(key: string, nis: string, population: number): number {
  const r = prng(`${nis}:${key}`);
  const size = Math.log10(Math.max(population, 1000) / 10000);
  switch (key) {
    case 'informatieveiligheid': case 'informatiebeheer': case 'e_dienstverlening': case 'procesbeheer':
      return Math.round(clamp(45 + 18 * size + (r() - 0.5) * 40, 5, 98));
    case 'huishoudens': return Math.round(population / (2.2 + r() * 0.3));
    case 'personeel_vte': return round1(population * (0.006 + r() * 0.006));
    case 'uitgaven_per_inwoner': return Math.round(900 + r() * 900 + 250 * size);
    case 'cluster': return 1 + Math.floor(r() * 17);
    default: return 0;
  }
}

const YEAR: Record<string, number> = { informatieveiligheid: 2016, informatiebeheer: 2016, e_dienstverlening: 2016, procesbeheer: 2016 };

/**
 * Loads the catalogue's demo data: capability vocabulary, indicators, about 25 solutions, demo
 * indicator values for all municipalities (source "demowaarde"), capabilities and adoptions.
 * Idempotent: existing rows are left alone, and the bestuur-specific data is loaded only once, so
 * what people change afterwards survives a restart.
 */
export async function seedCatalogueDemo(ds: DataSource): Promise<void> {
  await inTransaction(ds, async (m) => {
    await m.query(
      `INSERT INTO capabilities (key, name, description, is_demo)
       SELECT x.key, x.name, x.description, true FROM jsonb_to_recordset($1::jsonb) AS x(key text, name text, description text)
       ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(DEMO_CAPABILITIES)],
    );
    await m.query(
      `INSERT INTO indicators (key, name, unit, source, min_value, max_value, aggregation)
       SELECT x.key, x.name, x.unit, x.source, x.min, x.max, x.aggregation
       FROM jsonb_to_recordset($1::jsonb) AS x(key text, name text, unit text, source text, min float8, max float8, aggregation text)
       ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(DEMO_INDICATORS)],
    );
    const capName = new Map(DEMO_CAPABILITIES.map((c) => [c.key, c.name]));
    const solutions = DEMO_SOLUTIONS.map((s) => ({
      slug: s.slug, name: s.name, summary: s.summary, description: s.description, type: s.type, domains: s.domains,
      provider: s.provider, licence: s.licence ?? null, open_source: s.openSource ?? false, cost: s.cost, maturity: s.maturity,
      maintenance_type: s.maintenance, maintenance_until: s.until ?? null,
      contacts: s.maintenance === MaintenanceType.INTERNAL || s.maintenance === MaintenanceType.COMMUNITY
        ? [{ name: 'Demo Contactpersoon', affiliation: s.provider }] : [],
      links: [], standards: s.standards ?? [], features: [], related: s.trajects ?? [], processes: s.processes, roles: s.roles,
      effort_min: s.effort[0], effort_max: s.effort[1], population_min: s.population?.[0] ?? null, population_max: s.population?.[1] ?? null,
      change_notes: s.changeNotes,
      steps: [
        ...s.required.map((k) => ({ title: `Regel: ${capName.get(k)}`, kind: StepKind.TECHNICAL, description: null, capabilityKey: k })),
        ...s.steps.map((title) => ({ title, kind: StepKind.ORGANISATIONAL, description: null, capabilityKey: null })),
      ],
    }));
    await m.query(
      `INSERT INTO solutions (slug, name, summary, description, type, domains, provider, licence, open_source, cost_indication, maturity,
         maintenance_type, maintenance_until, contacts, links, standards, features, related_traject_slugs, processes, roles,
         effort_min_days, effort_max_days, population_min, population_max, change_notes, steps, is_demo)
       SELECT x.slug, x.name, x.summary, x.description, x.type, ARRAY(SELECT jsonb_array_elements_text(x.domains)), x.provider, x.licence,
         x.open_source, x.cost, x.maturity, x.maintenance_type, x.maintenance_until::date, x.contacts, x.links,
         ARRAY(SELECT jsonb_array_elements_text(x.standards)), ARRAY(SELECT jsonb_array_elements_text(x.features)),
         ARRAY(SELECT jsonb_array_elements_text(x.related)), ARRAY(SELECT jsonb_array_elements_text(x.processes)),
         ARRAY(SELECT jsonb_array_elements_text(x.roles)), x.effort_min, x.effort_max, x.population_min, x.population_max,
         x.change_notes, x.steps, true
       FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, summary text, description text, type text, domains jsonb,
         provider text, licence text, open_source boolean, cost text, maturity text, maintenance_type text, maintenance_until text,
         contacts jsonb, links jsonb, standards jsonb, features jsonb, related jsonb, processes jsonb, roles jsonb, effort_min int,
         effort_max int, population_min int, population_max int, change_notes text, steps jsonb)
       ON CONFLICT (slug) DO NOTHING`,
      [JSON.stringify(solutions)],
    );
    const requirements = DEMO_SOLUTIONS.flatMap((s) => [
      ...s.required.map((k) => ({ slug: s.slug, key: k, level: 'REQUIRED' })),
      ...(s.recommended ?? []).map((k) => ({ slug: s.slug, key: k, level: 'RECOMMENDED' })),
    ]);
    await m.query(
      `INSERT INTO solution_capabilities (solution_id, capability_id, level)
       SELECT s.id, c.id, x.level FROM jsonb_to_recordset($1::jsonb) AS x(slug text, key text, level text)
       JOIN solutions s ON s.slug = x.slug AND s.is_demo JOIN capabilities c ON c.key = x.key
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(requirements)],
    );
    const prerequisites = DEMO_SOLUTIONS.flatMap((s) => (s.prerequisites ?? []).map(([key, min]) => ({ slug: s.slug, key, min })));
    await m.query(
      `INSERT INTO solution_prerequisites (solution_id, indicator_id, min_value)
       SELECT s.id, i.id, x.min FROM jsonb_to_recordset($1::jsonb) AS x(slug text, key text, min float8)
       JOIN solutions s ON s.slug = x.slug AND s.is_demo JOIN indicators i ON i.key = x.key
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(prerequisites)],
    );

    const [marker] = await m.query(
      `INSERT INTO indicator_imports (source, file_hash, format, via, run_by) VALUES ($1, $2, 'DEMO', 'DEMO', 'demogegevens')
       ON CONFLICT DO NOTHING RETURNING id`,
      [DEMO_SOURCE, DEMO_MARKER],
    );
    if (!marker) return;
    const besturen: { id: string; nis: string; population: number | null; region: string | null }[] = await m.query(
      `SELECT b.id, b.nis_code AS nis, b.population, r.slug AS region FROM besturen b LEFT JOIN regions r ON r.id = b.region_id
       WHERE b.kind = 'MUNICIPALITY' ORDER BY b.nis_code`,
    );
    const values = besturen.flatMap((b) => DEMO_INDICATORS.map((i) => {
      const population = b.population ?? 10000;
      const real = i.key === 'inwoners';
      return {
        bestuur: b.id, key: i.key, year: YEAR[i.key] ?? (real ? 2020 : 2023), value: real ? population : demoValue(i.key, b.nis, population),
        source: real ? 'Statbel' : `${i.source} (${DEMO_SOURCE})`, demo: !real,
      };
    }));
    await m.query(
      `INSERT INTO indicator_values (bestuur_id, indicator_id, year, value, source, import_id, is_demo)
       SELECT x.bestuur, i.id, x.year, x.value, x.source, $2, x.demo
       FROM jsonb_to_recordset($1::jsonb) AS x(bestuur uuid, key text, year int, value float8, source text, demo boolean)
       JOIN indicators i ON i.key = x.key
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(values), marker.id],
    );
    // Capabilities: larger municipalities tend to have more of them.
    const caps = besturen.flatMap((b) => {
      const r = prng(`${b.nis}:capabilities`);
      const chance = clamp(0.35 + 0.2 * Math.log10(Math.max(b.population ?? 10000, 1000) / 10000), 0.15, 0.9);
      return DEMO_CAPABILITIES.filter(() => r() < chance).map((c) => ({ bestuur: b.id, key: c.key }));
    });
    await m.query(
      `INSERT INTO bestuur_capabilities (bestuur_id, capability_id)
       SELECT x.bestuur, c.id FROM jsonb_to_recordset($1::jsonb) AS x(bestuur uuid, key text) JOIN capabilities c ON c.key = x.key
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(caps)],
    );
    // Adoptions: more in Regio Gent, where the demo coordinator works, so the grid has something to show.
    const statuses = [AdoptionStatus.IN_GEBRUIK, AdoptionStatus.IN_GEBRUIK, AdoptionStatus.IN_IMPLEMENTATIE, AdoptionStatus.GEPLAND, AdoptionStatus.GEINTERESSEERD, AdoptionStatus.UITGEFASEERD];
    const usable = DEMO_SOLUTIONS.filter((s) => s.maturity !== SolutionMaturity.OBSOLETE && s.maturity !== SolutionMaturity.CONCEPT);
    const adoptions = besturen.flatMap((b) => {
      const r = prng(`${b.nis}:adoptions`);
      const chance = b.region === 'regio-gent' ? 0.3 : 0.06;
      return usable.filter(() => r() < chance).map((s) => {
        const status = statuses[Math.floor(r() * statuses.length)];
        const active = ACTIVE_ADOPTION.includes(status) || status === AdoptionStatus.UITGEFASEERD;
        return { bestuur: b.id, slug: s.slug, status, start: active ? `${2019 + Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-01` : null };
      });
    });
    await m.query(
      `INSERT INTO adoptions (bestuur_id, solution_id, status, start_date, note, is_demo)
       SELECT x.bestuur, s.id, x.status, x.start::date, 'Demogegevens', true
       FROM jsonb_to_recordset($1::jsonb) AS x(bestuur uuid, slug text, status text, start text) JOIN solutions s ON s.slug = x.slug
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(adoptions)],
    );
  });
}
