import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';

const log = new Logger('SettingsPool');

/**
 * Connections of their own to the DataSource's PostgreSQL (same server, credentials and type parsers), each set up
 * once when it opens with `settings` (e.g. `SET statement_timeout = 3000`). A statement that needs session
 * settings then costs one round trip, instead of begin, set_config, the statement and commit on a shared
 * connection. A connection whose settings fail is closed and the caller gets the error: nothing runs without them.
 * Null on the embedded database (PGlite has one session and no pool). End the pool when the app stops.
 */
export function settingsPool(ds: DataSource, max: number, settings: string): pg.Pool | null {
  const main = (ds.driver as unknown as { master?: unknown }).master;
  if (!(main instanceof pg.Pool)) return null;
  const pool = new pg.Pool({
    ...main.options,
    // pg-pool keeps the password out of its options' enumerable keys.
    password: main.options.password,
    max,
    onConnect: async (client) => {
      await client.query(settings);
    },
  });
  // An idle connection that breaks (a server restart) is dropped by the pool; without a listener it would crash the app.
  pool.on('error', (err) => log.warn(`idle connection lost: ${err.message}`));
  return pool;
}
