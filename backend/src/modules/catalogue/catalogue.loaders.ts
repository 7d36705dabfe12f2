import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { BestuurEntity } from '../regions/bestuur.entity.js';
import { AdoptionEntity } from './adoption/adoption.entity.js';
import type { RequirementLevel } from './catalogue.enums.js';
import { CapabilityEntity } from './capabilities/capability.entity.js';
import { IndicatorValueEntity } from './profiles/indicator-value.entity.js';
import { IndicatorEntity } from './profiles/indicator.entity.js';
import { SolutionEntity } from './solutions/solution.entity.js';

function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

export interface IndicatorMeans {
  region: number | null;
  flanders: number | null;
}

/** Per-request loaders of the catalogue: lists of solutions, adoptions and profiles cost a fixed number of queries. */
export function createCatalogueLoaders(ds: DataSource) {
  const capabilityById = new DataLoader<string, CapabilityEntity | null>(async (ids) =>
    byKey(ids, await ds.getRepository(CapabilityEntity).findBy({ id: In([...ids]) }), (c) => c.id));
  const indicatorById = new DataLoader<string, IndicatorEntity | null>(async (ids) =>
    byKey(ids, await ds.getRepository(IndicatorEntity).findBy({ id: In([...ids]) }), (i) => i.id));
  return {
    solutionById: new DataLoader<string, SolutionEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(SolutionEntity).findBy({ id: In([...ids]) }), (s) => s.id)),
    capabilityById,
    capabilityByKey: new DataLoader<string, CapabilityEntity | null>(async (keys) =>
      byKey(keys, await ds.getRepository(CapabilityEntity).findBy({ key: In([...keys]) }), (c) => c.key)),
    indicatorById,
    requirementsBySolutionId: new DataLoader<string, { capability: CapabilityEntity; level: RequirementLevel }[]>(async (ids) => {
      const rows: (CapabilityEntity & { solutionId: string; level: RequirementLevel })[] = await ds.query(
        `SELECT sc.solution_id AS "solutionId", sc.level, c.id, c.key, c.name, c.description, c.is_demo AS "isDemo"
         FROM solution_capabilities sc JOIN capabilities c ON c.id = sc.capability_id
         WHERE sc.solution_id = ANY($1) ORDER BY sc.level DESC, c.name`,
        [[...ids]],
      );
      return groupBy(ids, rows, (r) => r.solutionId).map((list) => list.map(({ solutionId: _s, level, ...capability }) => ({ capability, level })));
    }),
    prerequisitesBySolutionId: new DataLoader<string, { indicator: IndicatorEntity; minValue: number }[]>(async (ids) => {
      const rows: { solutionId: string; indicatorId: string; minValue: number }[] = await ds.query(
        `SELECT solution_id AS "solutionId", indicator_id AS "indicatorId", min_value AS "minValue"
         FROM solution_prerequisites WHERE solution_id = ANY($1)`,
        [[...ids]],
      );
      const indicators = await indicatorById.loadMany([...new Set(rows.map((r) => r.indicatorId))]);
      const byId = new Map(indicators.filter((i): i is IndicatorEntity => i instanceof IndicatorEntity).map((i) => [i.id, i]));
      return groupBy(ids, rows, (r) => r.solutionId).map((list) => list.map((r) => ({ indicator: byId.get(r.indicatorId)!, minValue: r.minValue })));
    }),
    adoptionsBySolutionId: new DataLoader<string, AdoptionEntity[]>(async (ids) => {
      const rows = await ds
        .getRepository(AdoptionEntity)
        .createQueryBuilder('a')
        .innerJoin(BestuurEntity, 'b', 'b.id = a.bestuur_id')
        .where('a.solution_id IN (:...ids)', { ids })
        .orderBy('b.name')
        .getMany();
      return groupBy(ids, rows, (a) => a.solutionId);
    }),
    adoptionsByBestuurId: new DataLoader<string, AdoptionEntity[]>(async (ids) => {
      const rows = await ds
        .getRepository(AdoptionEntity)
        .createQueryBuilder('a')
        .innerJoin(SolutionEntity, 's', 's.id = a.solution_id')
        .where('a.bestuur_id IN (:...ids)', { ids })
        .orderBy('s.name')
        .getMany();
      return groupBy(ids, rows, (a) => a.bestuurId);
    }),
    capabilitiesByBestuurId: new DataLoader<string, CapabilityEntity[]>(async (ids) => {
      const rows: (CapabilityEntity & { bestuurId: string })[] = await ds.query(
        `SELECT bc.bestuur_id AS "bestuurId", c.id, c.key, c.name, c.description, c.is_demo AS "isDemo"
         FROM bestuur_capabilities bc JOIN capabilities c ON c.id = bc.capability_id
         WHERE bc.bestuur_id = ANY($1) ORDER BY c.name`,
        [[...ids]],
      );
      return groupBy(ids, rows, (r) => r.bestuurId);
    }),
    indicatorValuesByBestuurId: new DataLoader<string, IndicatorValueEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(IndicatorValueEntity).find({
        where: { bestuurId: In([...ids]) }, order: { year: 'DESC' },
      }), (v) => v.bestuurId)),
    /** Key `${regionId}|${indicatorId}|${year}`: mean of the region and of Flanders for that indicator and year. */
    indicatorMeans: new DataLoader<string, IndicatorMeans>(async (keys) => {
      const wanted = keys.map((k) => {
        const [region, indicator, year] = k.split('|');
        return { region: region || null, indicator, year: Number(year) };
      });
      const rows: { region: string | null; indicator: string; year: number; regionMean: number | null; flandersMean: number | null }[] = await ds.query(
        `SELECT k.region, k.indicator, k.year,
           avg(v.value) FILTER (WHERE b.region_id = k.region::uuid) AS "regionMean", avg(v.value) AS "flandersMean"
         FROM jsonb_to_recordset($1::jsonb) AS k(region text, indicator uuid, year int)
         JOIN indicator_values v ON v.indicator_id = k.indicator AND v.year = k.year
         JOIN besturen b ON b.id = v.bestuur_id
         GROUP BY k.region, k.indicator, k.year`,
        [JSON.stringify(wanted)],
      );
      const map = new Map(rows.map((r) => [`${r.region ?? ''}|${r.indicator}|${r.year}`, { region: r.regionMean, flanders: r.flandersMean }]));
      return keys.map((k) => map.get(k) ?? { region: null, flanders: null });
    }),
  };
}
export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
