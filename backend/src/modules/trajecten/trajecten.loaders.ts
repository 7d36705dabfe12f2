import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { BestuurEntity } from '../regions/bestuur.entity.js';
import { MilestoneEntity } from './milestone.entity.js';
import { IndicatorMeasurementEntity, OutcomeIndicatorEntity } from './outcome-indicator.entity.js';
import { ProgressUpdateEntity, ProgressUpdateRevisionEntity } from './progress-update.entity.js';
import { TrajectMemberEntity } from './traject-member.entity.js';
import { TrajectProgressEntity } from './traject-progress.entity.js';
import { TrajectSubscriptionEntity } from './traject-subscription.entity.js';
import { TrajectEntity } from './traject.entity.js';
import { RolloutStatus, type TrajectRole } from './trajecten.enums.js';

function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

export interface TrajectStats {
  participants: number;
  followers: number;
  pendingRequests: number;
  publishedUpdates: number;
}
export interface RolloutCountsRow {
  notInvolved: number;
  interested: number;
  participant: number;
  live: number;
  total: number;
}
export interface RegionRolloutRow extends RolloutCountsRow {
  trajectId: string;
  regionId: string;
}
export interface BestuurRolloutRow {
  bestuur: BestuurEntity;
  status: RolloutStatus;
  updatedAt: Date | null;
}

/** Keys that depend on the viewer: `${userId}:${trajectId}`, batched per person. */
export const viewerKey = (userId: string, trajectId: string) => `${userId}:${trajectId}`;
function splitViewerKeys(keys: readonly string[]) {
  const byUser = new Map<string, string[]>();
  for (const k of keys) {
    const [u, t] = k.split(':');
    byUser.set(u, [...(byUser.get(u) ?? []), t]);
  }
  return byUser;
}

const counts = (r: { interested: string; participant: string; live: string; total: string }): RolloutCountsRow => {
  const [interested, participant, live, total] = [r.interested, r.participant, r.live, r.total].map(Number);
  return { interested, participant, live, total, notInvolved: total - interested - participant - live };
};

/** Per-request loaders for trajecten: the overview costs the same number of queries for 5 trajects as for 100. */
export function createTrajectenLoaders(ds: DataSource) {
  return {
    trajectById: new DataLoader<string, TrajectEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(TrajectEntity).findBy({ id: In([...ids]) }), (t) => t.id)),
    milestoneById: new DataLoader<string, MilestoneEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(MilestoneEntity).findBy({ id: In([...ids]) }), (m) => m.id)),
    milestonesByTrajectId: new DataLoader<string, MilestoneEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(MilestoneEntity).find({
        where: { trajectId: In([...ids]) }, order: { dueDate: 'ASC', createdAt: 'ASC' },
      }), (m) => m.trajectId)),
    progressUpdateById: new DataLoader<string, ProgressUpdateEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(ProgressUpdateEntity).findBy({ id: In([...ids]) }), (u) => u.id)),
    latestUpdateByTrajectId: new DataLoader<string, ProgressUpdateEntity | null>(async (ids) =>
      byKey(ids, await ds.getRepository(ProgressUpdateEntity).createQueryBuilder('u')
        .distinctOn(['u.traject_id'])
        .where(`u.traject_id IN (:...ids) AND u.status = 'PUBLISHED'`, { ids })
        .orderBy('u.traject_id').addOrderBy('u.published_at', 'DESC').addOrderBy('u.id', 'DESC')
        .getMany(), (u) => u.trajectId)),
    revisionsByUpdateId: new DataLoader<string, ProgressUpdateRevisionEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(ProgressUpdateRevisionEntity).find({
        where: { updateId: In([...ids]) }, order: { createdAt: 'ASC' },
      }), (r) => r.updateId)),
    teamByTrajectId: new DataLoader<string, TrajectMemberEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(TrajectMemberEntity).find({
        where: { trajectId: In([...ids]) }, order: { role: 'ASC', createdAt: 'ASC' },
      }), (m) => m.trajectId)),
    progressHistoryByTrajectId: new DataLoader<string, TrajectProgressEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(TrajectProgressEntity).find({
        where: { trajectId: In([...ids]) }, order: { createdAt: 'ASC' },
      }), (p) => p.trajectId)),
    indicatorsByTrajectId: new DataLoader<string, OutcomeIndicatorEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(OutcomeIndicatorEntity).find({
        where: { trajectId: In([...ids]) }, order: { createdAt: 'ASC' },
      }), (i) => i.trajectId)),
    measurementsByIndicatorId: new DataLoader<string, IndicatorMeasurementEntity[]>(async (ids) =>
      groupBy(ids, await ds.getRepository(IndicatorMeasurementEntity).find({
        where: { indicatorId: In([...ids]) }, order: { measuredOn: 'ASC', createdAt: 'ASC' },
      }), (m) => m.indicatorId)),
    trajectStats: new DataLoader<string, TrajectStats>(async (ids) => {
      const rows: Record<string, string>[] = await ds.query(
        `SELECT t.id, coalesce(s.participants, 0) AS participants, coalesce(s.followers, 0) AS followers,
           coalesce(s.pending, 0) AS pending, coalesce(u.updates, 0) AS updates
         FROM unnest($1::uuid[]) AS t(id)
         LEFT JOIN (
           SELECT traject_id,
             count(*) FILTER (WHERE level = 'DEELNEMEN' AND request_status = 'ACCEPTED') AS participants,
             count(*) FILTER (WHERE level = 'VOLGEN') AS followers,
             count(*) FILTER (WHERE request_status = 'PENDING') AS pending
           FROM traject_subscriptions WHERE traject_id = ANY($1) GROUP BY traject_id
         ) s ON s.traject_id = t.id
         LEFT JOIN (
           SELECT traject_id, count(*) AS updates FROM progress_updates
           WHERE traject_id = ANY($1) AND status = 'PUBLISHED' GROUP BY traject_id
         ) u ON u.traject_id = t.id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.id, {
        participants: Number(r.participants), followers: Number(r.followers), pendingRequests: Number(r.pending), publishedUpdates: Number(r.updates),
      }]));
      return ids.map((id) => map.get(id)!);
    }),
    rolloutCounts: new DataLoader<string, RolloutCountsRow>(async (ids) => {
      const rows: ({ id: string } & Parameters<typeof counts>[0])[] = await ds.query(
        `SELECT t.id,
           count(*) FILTER (WHERE r.status = 'GEINTERESSEERD') AS interested,
           count(*) FILTER (WHERE r.status = 'DEELNEMER') AS participant,
           count(*) FILTER (WHERE r.status = 'LIVE') AS live,
           (SELECT count(*) FROM besturen WHERE kind = 'MUNICIPALITY') AS total
         FROM unnest($1::uuid[]) AS t(id)
         LEFT JOIN traject_rollout r ON r.traject_id = t.id
           AND r.bestuur_id IN (SELECT id FROM besturen WHERE kind = 'MUNICIPALITY')
         GROUP BY t.id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.id, counts(r)]));
      return ids.map((id) => map.get(id)!);
    }),
    rolloutByRegion: new DataLoader<string, RegionRolloutRow[]>(async (ids) => {
      const rows = await ds.query(
        `SELECT t.id AS traject_id, g.id AS region_id,
           count(r.status) FILTER (WHERE r.status = 'GEINTERESSEERD') AS interested,
           count(r.status) FILTER (WHERE r.status = 'DEELNEMER') AS participant,
           count(r.status) FILTER (WHERE r.status = 'LIVE') AS live,
           count(*) AS total
         FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN besturen b
         JOIN regions g ON g.id = b.region_id
         LEFT JOIN traject_rollout r ON r.traject_id = t.id AND r.bestuur_id = b.id
         WHERE b.kind = 'MUNICIPALITY'
         GROUP BY t.id, g.id, g.code
         ORDER BY g.code`,
        [[...ids]],
      );
      return groupBy(ids, rows.map((r: { traject_id: string; region_id: string } & Parameters<typeof counts>[0]) =>
        ({ trajectId: r.traject_id, regionId: r.region_id, ...counts(r) })), (r) => r.trajectId);
    }),
    rolloutGrid: new DataLoader<string, BestuurRolloutRow[]>(async (ids) => {
      const rows: Record<string, unknown>[] = await ds.query(
        `SELECT t.id AS "trajectId", r.status, r.updated_at AS "updatedAt",
           b.id, b.code, b.nis_code AS "nisCode", b.kind, b.name, b.province, b.arrondissement, b.population,
           b.region_id AS "regionId", b.created_at AS "createdAt", b.updated_at AS "bestuurUpdatedAt"
         FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN besturen b
         LEFT JOIN regions g ON g.id = b.region_id
         LEFT JOIN traject_rollout r ON r.traject_id = t.id AND r.bestuur_id = b.id
         WHERE b.kind = 'MUNICIPALITY'
         ORDER BY g.code, b.name, b.id`,
        [[...ids]],
      );
      const repo = ds.getRepository(BestuurEntity);
      return groupBy(ids, rows.map(({ trajectId, status, updatedAt, bestuurUpdatedAt, ...b }) => ({
        trajectId: trajectId as string,
        bestuur: repo.create({ ...(b as Partial<BestuurEntity>), updatedAt: bestuurUpdatedAt as Date }),
        status: (status ?? RolloutStatus.NIET_BETROKKEN) as RolloutStatus,
        updatedAt: (updatedAt as Date | null) ?? null,
      })), (r) => r.trajectId);
    }),
    roleOfViewer: new DataLoader<string, TrajectRole | null>(async (keys) => {
      const found = new Map<string, TrajectRole>();
      for (const [userId, trajectIds] of splitViewerKeys(keys)) {
        const rows = await ds.getRepository(TrajectMemberEntity).findBy({ userId, trajectId: In(trajectIds) });
        for (const r of rows) found.set(viewerKey(userId, r.trajectId), r.role);
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
    subscriptionOfViewer: new DataLoader<string, TrajectSubscriptionEntity | null>(async (keys) => {
      const found = new Map<string, TrajectSubscriptionEntity>();
      for (const [userId, trajectIds] of splitViewerKeys(keys)) {
        const rows = await ds.getRepository(TrajectSubscriptionEntity).findBy({ userId, trajectId: In(trajectIds) });
        for (const r of rows) found.set(viewerKey(userId, r.trajectId), r);
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}
export type TrajectenLoaders = ReturnType<typeof createTrajectenLoaders>;
