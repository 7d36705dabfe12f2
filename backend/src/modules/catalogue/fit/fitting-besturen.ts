import type { DataSource, EntityManager } from 'typeorm';

/**
 * The municipalities one solution fits, in one statement: the fit's technical and size rules as a
 * filter. Every REQUIRED capability present (the technical score's `reqHave = req`) and the population
 * in the solution's range (`sizeInRange` in fit.scoring.ts: no range fits every size, a range needs a
 * known population); an OBSOLETE solution fits nobody, as in the ranking. Used by the notifications
 * module for "a new solution that fits your bestuur".
 */
export async function besturenFittingSolution(db: DataSource | EntityManager, solutionId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT b.id FROM besturen b JOIN solutions s ON s.id = $1
     WHERE b.kind = 'MUNICIPALITY' AND s.maturity <> 'OBSOLETE'
       AND (s.population_min IS NULL OR b.population >= s.population_min)
       AND (s.population_max IS NULL OR b.population <= s.population_max)
       AND NOT EXISTS (
         SELECT 1 FROM solution_capabilities sc
         WHERE sc.solution_id = s.id AND sc.level = 'REQUIRED'
           AND NOT EXISTS (SELECT 1 FROM bestuur_capabilities bc WHERE bc.bestuur_id = b.id AND bc.capability_id = sc.capability_id))`,
    [solutionId],
  );
  return rows.map((r) => r.id);
}
