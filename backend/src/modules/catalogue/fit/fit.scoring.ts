/** The fit's arithmetic: pure functions over counts the SQL returns, so they are unit-tested alone. */

export const WEIGHTS = { required: 30, recommended: 10, size: 15, maturity: 15, peers: 20, traject: 10 } as const;
/** This many peers (same region or similar size) give the full peer score. */
export const PEER_SATURATION = 5;

export interface ScoreRow {
  id: string;
  name: string;
  populationMin: number | null;
  populationMax: number | null;
  relatedTrajectSlugs: string[];
  req: number;
  reqHave: number;
  rec: number;
  recHave: number;
  preTotal: number;
  preMet: number;
  peers: number;
}

export interface Score {
  technical: number;
  organisational: number;
  peers: number;
  trajects: number;
  total: number;
  sizeInRange: boolean;
}

export function sizeInRange(population: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (population === null) return false;
  return (min === null || population >= min) && (max === null || population <= max);
}

/** Between half and twice the population: "of similar size". */
export function similarSize(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && b * 2 >= a && b <= a * 2;
}

const share = (have: number, total: number) => (total ? have / total : 1);

export function score(r: ScoreRow, population: number | null, trajectShare = 0): Score {
  const inRange = sizeInRange(population, r.populationMin, r.populationMax);
  const technical = Math.round(share(r.reqHave, r.req) * WEIGHTS.required + share(r.recHave, r.rec) * WEIGHTS.recommended);
  const organisational = Math.round((inRange ? WEIGHTS.size : 0) + share(r.preMet, r.preTotal) * WEIGHTS.maturity);
  const peers = Math.round((Math.min(r.peers, PEER_SATURATION) / PEER_SATURATION) * WEIGHTS.peers);
  const trajects = Math.round(Math.min(1, Math.max(0, trajectShare)) * WEIGHTS.traject);
  return { technical, organisational, peers, trajects, total: technical + organisational + peers + trajects, sizeInRange: inRange };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

export interface Ranked {
  row: ScoreRow;
  score: Score;
}

/** Best first; equal scores by name, then id, so the order never depends on the database. */
export function compareRanked(a: { total: number; name: string; id: string }, b: { total: number; name: string; id: string }): number {
  return b.total - a.total || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function rank(rows: ScoreRow[], population: number | null, trajectShares: Map<string, number>): Ranked[] {
  return rows
    .map((row) => ({ row, score: score(row, population, trajectShares.get(row.id) ?? 0) }))
    .sort((a, b) => compareRanked(
      { total: a.score.total, name: a.row.name, id: a.row.id },
      { total: b.score.total, name: b.row.name, id: b.row.id },
    ));
}

/** rank() for rows already in name order (then id): a stable sort on the score alone gives the same order, faster. */
export function rankNameOrdered(rows: ScoreRow[], population: number | null, trajectShares: Map<string, number>): Ranked[] {
  return rows.map((row) => ({ row, score: score(row, population, trajectShares.get(row.id) ?? 0) })).sort((a, b) => b.score.total - a.score.total);
}
