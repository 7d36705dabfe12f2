import { compareRanked, rank, rankNameOrdered, score, similarSize, sizeInRange, type ScoreRow } from './fit.scoring.js';

const row = (o: Partial<ScoreRow> = {}): ScoreRow => ({
  id: '00000000-0000-0000-0000-000000000001', name: 'Oplossing', populationMin: null, populationMax: null, relatedTrajectSlugs: [],
  req: 0, reqHave: 0, rec: 0, recHave: 0, preTotal: 0, preMet: 0, peers: 0, ...o,
});

describe('the fit score', () => {
  it('adds technical (40), organisational (30), peers (20) and trajects (10)', () => {
    expect(score(row(), 10000)).toEqual({ technical: 40, organisational: 30, peers: 0, trajects: 0, total: 70, sizeInRange: true });
    expect(score(row({ req: 2, reqHave: 1, rec: 1, recHave: 0 }), 10000).technical).toBe(15);
    expect(score(row({ preTotal: 2, preMet: 1, populationMin: 20000 }), 10000)).toMatchObject({ organisational: 8, sizeInRange: false });
    expect(score(row({ peers: 2 }), 10000).peers).toBe(8);
    expect(score(row({ peers: 12 }), 10000).peers).toBe(20);
    expect(score(row(), 10000, 0.5).trajects).toBe(5);
    expect(score(row({ req: 3, reqHave: 3, rec: 2, recHave: 2, preTotal: 1, preMet: 1, peers: 5 }), 10000, 1).total).toBe(100);
  });

  it('treats an unknown population as out of any size range, but fine without one', () => {
    expect(sizeInRange(null, null, null)).toBe(true);
    expect(sizeInRange(null, 1000, null)).toBe(false);
    expect(sizeInRange(5000, 1000, 5000)).toBe(true);
    expect(sizeInRange(5001, 1000, 5000)).toBe(false);
  });

  it('calls besturen of half to twice the population of similar size', () => {
    expect(similarSize(10000, 5000)).toBe(true);
    expect(similarSize(10000, 20000)).toBe(true);
    expect(similarSize(10000, 4999)).toBe(false);
    expect(similarSize(10000, 20001)).toBe(false);
    expect(similarSize(null, 10000)).toBe(false);
  });

  it('orders by score, then by name in Dutch order, then by id', () => {
    const ranked = rank([
      row({ id: 'b', name: 'Zaken' }), row({ id: 'a', name: 'émail', req: 1 }), row({ id: 'c', name: 'Email' }), row({ id: 'd', name: 'Email' }),
    ], 10000, new Map());
    expect(ranked.map((r) => r.row.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(compareRanked({ total: 50, name: 'b', id: '1' }, { total: 60, name: 'a', id: '2' })).toBeGreaterThan(0);
  });

  it('ranks rows already in name order the same way with a stable sort on the score', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row({
      id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, name: `Naam ${i % 7}`, req: i % 3, reqHave: i % 2, peers: i % 4,
    }));
    const byName = rank(rows.map((r) => ({ ...r, req: 0, reqHave: 0, peers: 0 })), 1, new Map()).map((r) => rows.find((x) => x.id === r.row.id)!);
    expect(rankNameOrdered(byName, 10000, new Map()).map((r) => r.row.id)).toEqual(rank(rows, 10000, new Map()).map((r) => r.row.id));
  });
});
