import DataLoader from 'dataloader';
import { KnownLoader } from '../../common/known-loader.js';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { BestuurEntity } from './bestuur.entity.js';
import { RegionCoordinatorEntity } from './region-coordinator.entity.js';
import { RegionEntity } from './region.entity.js';

function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request loaders for regions, besturen and coordinators: a list page costs a fixed number of queries. */
export function createRegionsLoaders(ds: DataSource) {
  return {
    regionById: new KnownLoader<RegionEntity>(async (ids) =>
      byKey(ids, await ds.getRepository(RegionEntity).findBy({ id: In([...ids]) }), (r) => r.id)),
    bestuurById: new DataLoader<string, BestuurEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(BestuurEntity).findBy({ id: In([...ids]) }), (b) => b.id)),
    besturenByRegionId: new DataLoader<string, BestuurEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(BestuurEntity).find({ where: { regionId: In([...ids]) }, order: { name: 'ASC' } }), (b) => b.regionId!)),
    coordinatorsByRegionId: new DataLoader<string, UserEntity[]>(async (ids) => {
      const rows: (UserEntity & { regionId: string })[] = await ds
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .innerJoin(RegionCoordinatorEntity, 'rc', 'rc.user_id = u.id')
        .addSelect('rc.region_id', 'rc_region_id')
        .where('rc.region_id IN (:...ids)', { ids })
        .orderBy('u.display_name')
        .getRawAndEntities()
        .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { regionId: raw[i].rc_region_id as string })));
      return groupBy(ids, rows, (u) => u.regionId);
    }),
    regionsCoordinatedByUserId: new DataLoader<string, RegionEntity[]>(async (ids) => {
      const rows = await ds
        .getRepository(RegionEntity)
        .createQueryBuilder('r')
        .innerJoin(RegionCoordinatorEntity, 'rc', 'rc.region_id = r.id')
        .addSelect('rc.user_id', 'rc_user_id')
        .where('rc.user_id IN (:...ids)', { ids })
        .orderBy('r.name')
        .getRawAndEntities()
        .then(({ raw, entities }) => entities.map((e, i) => ({ region: e, userId: raw[i].rc_user_id as string })));
      return groupBy(ids, rows, (r) => r.userId).map((list) => list.map((x) => x.region));
    }),
    regionStats: new DataLoader<string, { population: number; bestuurCount: number }>(async (ids) => {
      const rows: { region_id: string; population: string; n: string }[] = await ds.query(
        `SELECT region_id, coalesce(sum(population), 0) AS population, count(*) AS n
         FROM besturen WHERE region_id = ANY($1) GROUP BY region_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.region_id, { population: Number(r.population), bestuurCount: Number(r.n) }]));
      return ids.map((id) => map.get(id) ?? { population: 0, bestuurCount: 0 });
    }),
  };
}
export type RegionsLoaders = ReturnType<typeof createRegionsLoaders>;
