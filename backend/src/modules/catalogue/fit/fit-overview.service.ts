import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { NotFoundError } from '../../../common/errors.js';
import { requireAdmin, requireViewer, type Viewer } from '../../../common/viewer.js';
import { BestuurEntity, BestuurKind } from '../../regions/bestuur.entity.js';
import { RegionEntity } from '../../regions/region.entity.js';
import { requireRegionCoordinator } from '../catalogue.access.js';
import { ACTIVE_ADOPTION, RequirementLevel } from '../catalogue.enums.js';
import { SolutionEntity } from '../solutions/solution.entity.js';
import { compareRanked, rankNameOrdered, similarSize, type ScoreRow } from './fit.scoring.js';
import type { BestuurFitSummary, FitOverviewArgs } from './fit-overview.model.js';
import { TRAJECT_RELEVANCE, type TrajectRelevanceSource } from './traject-relevance.js';

interface Requirement { solutionId: string; capabilityId: string; level: RequirementLevel }
interface Prerequisite { solutionId: string; indicatorId: string; minValue: number }

/**
 * The fit of many municipalities at once (up to all 285) for programme follow-up: every row is read
 * once and scored in memory with the same rules as fitForBestuur, so the cost does not grow with the
 * number of queries.
 */
@Injectable()
export class FitOverviewService {
  constructor(
    private readonly ds: DataSource,
    @Inject(TRAJECT_RELEVANCE) private readonly trajects: TrajectRelevanceSource,
  ) {}

  async overview(viewer: Viewer | null, args: FitOverviewArgs): Promise<BestuurFitSummary[]> {
    requireViewer(viewer);
    let regionId: string | null = null;
    if (args.regionSlug) {
      const region = await this.ds.getRepository(RegionEntity).findOneBy({ slug: args.regionSlug });
      if (!region) throw new NotFoundError('Regio');
      await requireRegionCoordinator(this.ds, viewer, region.id);
      regionId = region.id;
    } else {
      requireAdmin(viewer);
    }
    const top = args.top ?? 5;
    const [besturen, solutions, requirements, prerequisites, adoptions, capabilities, latest] = await Promise.all([
      this.ds.getRepository(BestuurEntity).find({ where: { kind: BestuurKind.MUNICIPALITY }, order: { name: 'ASC' } }),
      this.ds.query(
        `SELECT id, name, population_min AS "populationMin", population_max AS "populationMax", related_traject_slugs AS "relatedTrajectSlugs"
         FROM solutions WHERE maturity <> 'OBSOLETE'`,
      ) as Promise<Pick<ScoreRow, 'id' | 'name' | 'populationMin' | 'populationMax' | 'relatedTrajectSlugs'>[]>,
      this.ds.query(`SELECT solution_id AS "solutionId", capability_id AS "capabilityId", level FROM solution_capabilities`) as Promise<Requirement[]>,
      this.ds.query(`SELECT solution_id AS "solutionId", indicator_id AS "indicatorId", min_value AS "minValue" FROM solution_prerequisites`) as Promise<Prerequisite[]>,
      this.ds.query(`SELECT solution_id AS "solutionId", bestuur_id AS "bestuurId" FROM adoptions WHERE status = ANY($1)`, [ACTIVE_ADOPTION]) as Promise<
        { solutionId: string; bestuurId: string }[]
      >,
      this.ds.query(`SELECT bestuur_id AS "bestuurId", capability_id AS "capabilityId" FROM bestuur_capabilities`) as Promise<
        { bestuurId: string; capabilityId: string }[]
      >,
      this.ds.query(
        `SELECT DISTINCT ON (bestuur_id, indicator_id) bestuur_id AS "bestuurId", indicator_id AS "indicatorId", value
         FROM indicator_values WHERE indicator_id IN (SELECT indicator_id FROM solution_prerequisites)
         ORDER BY bestuur_id, indicator_id, year DESC`,
      ) as Promise<{ bestuurId: string; indicatorId: string; value: number }[]>,
    ]);
    const targets = regionId ? besturen.filter((b) => b.regionId === regionId) : besturen;
    const group = <T, K>(rows: T[], key: (r: T) => K) => {
      const m = new Map<K, T[]>();
      for (const r of rows) {
        const list = m.get(key(r));
        if (list) list.push(r);
        else m.set(key(r), [r]);
      }
      return m;
    };
    const capsOf = group(capabilities, (c) => c.bestuurId);
    const valuesOf = group(latest, (v) => v.bestuurId);
    const bestuurById = new Map(besturen.map((b) => [b.id, b]));
    // Everything about a solution that does not depend on the bestuur, worked out once; in name order,
    // so that a stable sort on the score alone gives fitForBestuur's order.
    const bySolution = new Map(solutions.map((s) => [s.id, {
      row: s, required: [] as string[], recommended: [] as string[], prerequisites: [] as Prerequisite[], adopters: [] as BestuurEntity[],
    }]));
    for (const r of requirements) bySolution.get(r.solutionId)?.[r.level === RequirementLevel.REQUIRED ? 'required' : 'recommended'].push(r.capabilityId);
    for (const p of prerequisites) bySolution.get(p.solutionId)?.prerequisites.push(p);
    for (const a of adoptions) {
      const other = bestuurById.get(a.bestuurId);
      if (other) bySolution.get(a.solutionId)?.adopters.push(other);
    }
    const ordered = [...bySolution.values()].sort((a, b) => compareRanked({ total: 0, name: a.row.name, id: a.row.id }, { total: 0, name: b.row.name, id: b.row.id }));
    const trajects = await this.trajects.forBesturen(targets.map((b) => b.id), solutions);
    const result = targets.map((b) => {
      const has = new Set((capsOf.get(b.id) ?? []).map((c) => c.capabilityId));
      const value = new Map((valuesOf.get(b.id) ?? []).map((v) => [v.indicatorId, v.value]));
      // Plain loops: this runs for every municipality × every solution.
      const rows: ScoreRow[] = ordered.map(({ row, required, recommended, prerequisites: pre, adopters: peers }) => {
        let reqHave = 0;
        let recHave = 0;
        let preMet = 0;
        let peerCount = 0;
        for (const c of required) if (has.has(c)) reqHave++;
        for (const c of recommended) if (has.has(c)) recHave++;
        for (const p of pre) if ((value.get(p.indicatorId) ?? -Infinity) >= p.minValue) preMet++;
        for (const o of peers) {
          if (o.id !== b.id && ((b.regionId !== null && o.regionId === b.regionId) || similarSize(b.population, o.population))) peerCount++;
        }
        return {
          id: row.id, name: row.name, populationMin: row.populationMin, populationMax: row.populationMax, relatedTrajectSlugs: row.relatedTrajectSlugs,
          req: required.length, reqHave, rec: recommended.length, recHave, preTotal: pre.length, preMet, peers: peerCount,
        };
      });
      const shares = new Map([...(trajects.get(b.id) ?? new Map())].map(([id, m]) => [id, m.share]));
      return { bestuur: b, top: rankNameOrdered(rows, b.population, shares).slice(0, top).map((x, i) => ({ id: x.row.id, score: x.score.total, rank: i + 1 })) };
    });
    const ids = [...new Set(result.flatMap((r) => r.top.map((t) => t.id)))];
    const entities = new Map((ids.length ? await this.ds.getRepository(SolutionEntity).findBy({ id: In(ids) }) : []).map((s) => [s.id, s]));
    return result.map((r) => ({ bestuur: r.bestuur, top: r.top.map((t) => ({ solution: entities.get(t.id)!, score: t.score, rank: t.rank })) }));
  }
}
