import type { DataSource, EntityManager } from 'typeorm';

// The embedded database (PGlite) has one session for the whole process: two interleaved
// transactions would share it. In that mode transactions run one at a time; on PostgreSQL
// each gets its own pooled connection and they run in parallel.
let queue: Promise<unknown> = Promise.resolve();

export function isEmbedded(ds: DataSource): boolean {
  return !(ds.options as { url?: string }).url;
}

/** Runs `work` in one transaction: it commits whole or leaves no trace. */
export function inTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!isEmbedded(ds)) return ds.transaction(work);
  const run = queue.then(() => ds.transaction(work));
  queue = run.catch(() => undefined);
  return run;
}
