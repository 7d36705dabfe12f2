import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AppError, BadInputError } from '../../../common/errors.js';
import type { ConnectionShape } from '../../../common/pagination.js';
import { requireViewer, type Viewer } from '../../../common/viewer.js';
import type { BestuurEntity } from '../../regions/bestuur.entity.js';
import { requireMunicipality, type BestuurRef } from '../catalogue.access.js';
import { ACTIVE_ADOPTION, type AdoptionStatus, type RequirementLevel } from '../catalogue.enums.js';
import type { CapabilityEntity } from '../capabilities/capability.entity.js';
import type { IndicatorEntity } from '../profiles/indicator.entity.js';
import { filterConditions, type Condition, type FitArgs, type SolutionFilterArgs } from '../solutions/solution-filters.js';
import { SolutionEntity } from '../solutions/solution.entity.js';
import { explain, plan, type PeerRow } from './fit.explain.js';
import type { SolutionFit } from './fit.model.js';
import { compareRanked, rank, similarSize, type Ranked, type ScoreRow } from './fit.scoring.js';
import { TRAJECT_RELEVANCE, type TrajectMatch, type TrajectRelevanceSource } from './traject-relevance.js';

type IndicatorWithLatest = IndicatorEntity & { latestValue: number | null; latestYear: number | null; latestSource: string | null };
export interface BestuurContext {
  vocabulary: (CapabilityEntity & { has: boolean })[];
  indicators: IndicatorWithLatest[];
  own: { solutionId: string; status: AdoptionStatus }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PEERS_LISTED = 10;

// Per-request loaders for Solution.fit, keyed by the request's context object.
const loaders = new WeakMap<object, DataLoader<string, SolutionFit | null>>();

/**
 * Ranks solutions for one bestuur with a fixed number of SQL queries whatever the number of
 * solutions: one query scores all of them from counts, TypeScript sorts, and a handful of queries
 * fetch the details for the page that is returned.
 */
@Injectable()
export class FitService {
  constructor(
    private readonly ds: DataSource,
    @Inject(TRAJECT_RELEVANCE) private readonly trajects: TrajectRelevanceSource,
  ) {}

  async fitForBestuur(args: FitArgs): Promise<ConnectionShape<SolutionFit>> {
    return this.page(await requireMunicipality(this.ds, args.nisCode), args);
  }

  async forViewer(viewer: Viewer | null, args: SolutionFilterArgs): Promise<ConnectionShape<SolutionFit>> {
    const v = requireViewer(viewer);
    const [b] = v.user.bestuurId
      ? await this.ds.query(
        `SELECT id, name, nis_code AS "nisCode", region_id AS "regionId", population FROM besturen WHERE id = $1 AND kind = 'MUNICIPALITY'`,
        [v.user.bestuurId],
      )
      : [];
    if (!b) throw new AppError('NOT_FOUND', 'Je profiel is niet aan een gemeente gekoppeld. Kies je bestuur in je profiel.');
    return this.page(b, args);
  }

  /** Solution.fit(nisCode): batched per request, so a list of solutions costs the same as one. */
  loader(ctx: object): DataLoader<string, SolutionFit | null> {
    let l = loaders.get(ctx);
    if (!l) {
      l = new DataLoader<string, SolutionFit | null>(async (keys) => {
        const byNis = new Map<string, string[]>();
        for (const k of keys) {
          const cut = k.lastIndexOf('|');
          const [nis, id] = [k.slice(0, cut), k.slice(cut + 1)];
          byNis.set(nis, [...(byNis.get(nis) ?? []), id]);
        }
        const found = new Map<string, SolutionFit | Error | null>();
        for (const [nis, ids] of byNis) {
          try {
            const b = await requireMunicipality(this.ds, nis);
            const [ranked, context] = await Promise.all([this.ranked(b, {}), this.context(b)]);
            const wanted = ranked.filter((r) => ids.includes(r.row.id));
            const fits = await this.details(b, wanted, ranked, context);
            for (const id of ids) found.set(`${nis}|${id}`, fits.find((f) => f.solution.id === id) ?? null);
          } catch (e) {
            for (const id of ids) found.set(`${nis}|${id}`, e as Error);
          }
        }
        return keys.map((k) => found.get(k) ?? null);
      });
      loaders.set(ctx, l);
    }
    return l;
  }

  private async page(b: BestuurRef, args: SolutionFilterArgs): Promise<ConnectionShape<SolutionFit>> {
    const first = args.first ?? 20;
    // What depends only on the bestuur is read while the ranking query runs.
    const [ranked, context] = await Promise.all([this.ranked(b, args), this.context(b)]);
    let start = 0;
    if (args.after) {
      const [total, name, id] = decodeCursor(args.after);
      start = ranked.findIndex((r) => compareRanked({ total: r.score.total, name: r.row.name, id: r.row.id }, { total, name, id }) > 0);
      if (start < 0) start = ranked.length;
    }
    const slice = ranked.slice(start, start + first);
    const fits = await this.details(b, slice, ranked, context);
    const edges = fits.map((node) => ({ node, cursor: encodeCursor([node.score, node.solution.name, node.solution.id]) }));
    return {
      edges,
      totalCount: ranked.length,
      pageInfo: {
        hasNextPage: start + first < ranked.length,
        hasPreviousPage: start > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** Every (non-obsolete, filtered) solution scored and sorted: one query plus the traject seam. */
  async ranked(b: BestuurRef, filters: SolutionFilterArgs): Promise<Ranked[]> {
    const conds: Condition[] = [{ sql: `s.maturity <> 'OBSOLETE'`, params: {} }, ...filterConditions(filters)];
    const params = Object.assign({ bid: b.id, rid: b.regionId, pop: b.population, active: ACTIVE_ADOPTION }, ...conds.map((c) => c.params));
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(`
      WITH caps AS (SELECT capability_id FROM bestuur_capabilities WHERE bestuur_id = :bid),
      latest AS (
        SELECT DISTINCT ON (indicator_id) indicator_id, value FROM indicator_values
        WHERE bestuur_id = :bid ORDER BY indicator_id, year DESC),
      tech AS (
        SELECT sc.solution_id,
          count(*) FILTER (WHERE sc.level = 'REQUIRED')::int AS req,
          count(c.capability_id) FILTER (WHERE sc.level = 'REQUIRED')::int AS req_have,
          count(*) FILTER (WHERE sc.level = 'RECOMMENDED')::int AS rec,
          count(c.capability_id) FILTER (WHERE sc.level = 'RECOMMENDED')::int AS rec_have
        FROM solution_capabilities sc LEFT JOIN caps c ON c.capability_id = sc.capability_id
        GROUP BY sc.solution_id),
      pre AS (
        SELECT p.solution_id, count(*)::int AS total, count(*) FILTER (WHERE l.value >= p.min_value)::int AS met
        FROM solution_prerequisites p LEFT JOIN latest l ON l.indicator_id = p.indicator_id
        GROUP BY p.solution_id),
      peers AS (
        SELECT a.solution_id, count(*)::int AS n
        FROM adoptions a JOIN besturen pb ON pb.id = a.bestuur_id
        WHERE a.status IN (:...active) AND a.bestuur_id <> :bid
          AND (pb.region_id = :rid OR (pb.population * 2 >= :pop AND pb.population <= :pop * 2))
        GROUP BY a.solution_id)
      SELECT s.id, s.name, s.population_min AS "populationMin", s.population_max AS "populationMax",
        s.related_traject_slugs AS "relatedTrajectSlugs",
        coalesce(t.req, 0) AS req, coalesce(t.req_have, 0) AS "reqHave", coalesce(t.rec, 0) AS rec, coalesce(t.rec_have, 0) AS "recHave",
        coalesce(p.total, 0) AS "preTotal", coalesce(p.met, 0) AS "preMet", coalesce(pr.n, 0) AS peers
      FROM solutions s
      LEFT JOIN tech t ON t.solution_id = s.id
      LEFT JOIN pre p ON p.solution_id = s.id
      LEFT JOIN peers pr ON pr.solution_id = s.id
      WHERE ${conds.map((c) => `(${c.sql})`).join(' AND ')}`, params);
    const rows: ScoreRow[] = await this.ds.query(sql, values);
    const matches = (await this.trajects.forBesturen([b.id], rows)).get(b.id) ?? new Map<string, TrajectMatch>();
    return rank(rows, b.population, new Map([...matches].map(([id, m]) => [id, m.share])));
  }

  /** The bestuur's capabilities (within the vocabulary), latest indicator values and own statuses. */
  async context(b: BestuurRef): Promise<BestuurContext> {
    const [vocabulary, indicators, own] = await Promise.all([
      this.ds.query(
        `SELECT c.id, c.key, c.name, c.description, c.is_demo AS "isDemo", (bc.capability_id IS NOT NULL) AS has
         FROM capabilities c LEFT JOIN bestuur_capabilities bc ON bc.capability_id = c.id AND bc.bestuur_id = $1`,
        [b.id],
      ) as Promise<(CapabilityEntity & { has: boolean })[]>,
      this.ds.query(
        `SELECT i.id, i.key, i.name, i.unit, i.source, i.min_value AS "minValue", i.max_value AS "maxValue",
           i.aggregation, i.description, l.value AS "latestValue", l.year AS "latestYear", l.source AS "latestSource"
         FROM indicators i LEFT JOIN LATERAL (
           SELECT v.value, v.year, v.source FROM indicator_values v
           WHERE v.bestuur_id = $1 AND v.indicator_id = i.id ORDER BY v.year DESC LIMIT 1) l ON true`,
        [b.id],
      ) as Promise<IndicatorWithLatest[]>,
      this.ds.query(`SELECT solution_id AS "solutionId", status FROM adoptions WHERE bestuur_id = $1`, [b.id]) as Promise<
        { solutionId: string; status: AdoptionStatus }[]
      >,
    ]);
    return { vocabulary, indicators, own };
  }

  /** Explanations, plan and peers for the given ranked solutions: a fixed number of queries, run together. */
  async details(b: BestuurRef, slice: Ranked[], all: Ranked[], ctx: BestuurContext): Promise<SolutionFit[]> {
    if (!slice.length) return [];
    const ids = slice.map((r) => r.row.id);
    const { vocabulary, indicators, own } = ctx;
    const [solutions, requirements, prerequisites, peers, trajectMatches] = await Promise.all([
      this.ds.getRepository(SolutionEntity).findBy({ id: In(ids) }),
      this.ds.query(
        `SELECT solution_id AS "solutionId", capability_id AS "capabilityId", level FROM solution_capabilities WHERE solution_id = ANY($1)`,
        [ids],
      ) as Promise<{ solutionId: string; capabilityId: string; level: RequirementLevel }[]>,
      this.ds.query(
        `SELECT solution_id AS "solutionId", indicator_id AS "indicatorId", min_value AS "minValue" FROM solution_prerequisites WHERE solution_id = ANY($1)`,
        [ids],
      ) as Promise<{ solutionId: string; indicatorId: string; minValue: number }[]>,
      this.ds.query(
        `SELECT a.solution_id AS "solutionId", a.status, pb.id, pb.code, pb.nis_code AS "nisCode", pb.kind, pb.name, pb.province,
           pb.arrondissement, pb.population, pb.region_id AS "regionId"
         FROM adoptions a JOIN besturen pb ON pb.id = a.bestuur_id
         WHERE a.solution_id = ANY($1) AND a.status = ANY($2) AND a.bestuur_id <> $3
           AND (pb.region_id = $4 OR (pb.population * 2 >= $5 AND pb.population <= $5 * 2))`,
        [ids, ACTIVE_ADOPTION, b.id, b.regionId, b.population],
      ) as Promise<(BestuurEntity & { solutionId: string; status: AdoptionStatus })[]>,
      this.trajects.forBesturen([b.id], slice.map((r) => r.row)),
    ]);
    const matches = trajectMatches.get(b.id) ?? new Map<string, TrajectMatch>();
    const solutionById = new Map(solutions.map((s) => [s.id, s]));
    const capById = new Map(vocabulary.map((c) => [c.id, c]));
    const capByKey = new Map(vocabulary.map((c) => [c.key, c]));
    const has = new Set(vocabulary.filter((c) => c.has).map((c) => c.key));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const ownStatus = new Map(own.map((a) => [a.solutionId, a.status]));
    const rankOf = new Map(all.map((r, i) => [r.row.id, i + 1]));
    const collator = new Intl.Collator('nl', { sensitivity: 'base' });

    return slice.map(({ row, score }) => {
      const solution = solutionById.get(row.id)!;
      const caps = requirements
        .filter((r) => r.solutionId === row.id)
        .map((r) => ({ capability: capById.get(r.capabilityId)!, level: r.level, present: has.has(capById.get(r.capabilityId)!.key) }))
        .sort((x, y) => (x.level === y.level ? collator.compare(x.capability.name, y.capability.name) : x.level === 'REQUIRED' ? -1 : 1));
      const pres = prerequisites
        .filter((p) => p.solutionId === row.id)
        .map((p) => {
          const i = indicatorById.get(p.indicatorId)!;
          return {
            indicator: i, minValue: p.minValue, value: i.latestValue, year: i.latestYear, source: i.latestSource,
            met: i.latestValue !== null && i.latestValue >= p.minValue,
          };
        })
        .sort((x, y) => collator.compare(x.indicator.name, y.indicator.name));
      const peerRows: PeerRow<BestuurEntity>[] = peers
        .filter((p) => p.solutionId === row.id)
        .map(({ solutionId: _s, status, ...bestuur }) => ({
          bestuur: bestuur as BestuurEntity, status,
          sameRegion: b.regionId !== null && bestuur.regionId === b.regionId,
          similarSize: similarSize(b.population, bestuur.population),
        }))
        .sort((x, y) => Number(y.sameRegion) - Number(x.sameRegion) || collator.compare(x.bestuur.name, y.bestuur.name));
      const match: TrajectMatch | undefined = matches.get(row.id);
      const { explanations, gaps } = explain({
        bestuurName: b.name, population: b.population, populationMin: row.populationMin, populationMax: row.populationMax,
        sizeInRange: score.sizeInRange, caps, prerequisites: pres, peers: peerRows, trajects: match?.trajects ?? [],
      });
      return {
        solution,
        score: score.total,
        rank: rankOf.get(row.id) ?? 0,
        technical: { score: score.technical, requirements: caps, missing: caps.filter((c) => !c.present && c.level === 'REQUIRED').map((c) => c.capability) },
        organisational: {
          score: score.organisational, population: b.population, populationMin: row.populationMin, populationMax: row.populationMax,
          sizeInRange: score.sizeInRange, prerequisites: pres,
        },
        peers: { score: score.peers, count: row.peers, besturen: peerRows.slice(0, MAX_PEERS_LISTED) },
        trajects: { score: score.trajects, trajects: match?.trajects ?? [] },
        explanations,
        gaps,
        plan: plan(solution.steps, capByKey, has),
        adoptionStatus: ownStatus.get(row.id) ?? null,
      } as SolutionFit;
    });
  }
}

function encodeCursor(values: [number, string, string]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): [number, string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'number' && typeof v[1] === 'string' && typeof v[2] === 'string' && UUID.test(v[2])) {
      return v as [number, string, string];
    }
  } catch {
    // fall through
  }
  throw new BadInputError({ after: 'Ongeldige cursor.' });
}
