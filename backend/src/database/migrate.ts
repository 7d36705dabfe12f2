import type { DataSource } from 'typeorm';

// Any fixed number will do; it only has to be the same for every instance of Ketenwerk.
const MIGRATION_LOCK = 7_241_120_25;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so that two instances starting together
 * do not both migrate or seed: the second waits, then finds nothing left to do.
 */
export async function withStartupLock<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}

export async function hasPendingMigrations(ds: DataSource): Promise<boolean> {
  return ds.showMigrations();
}
