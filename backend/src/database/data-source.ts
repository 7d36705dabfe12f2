import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { AppConfig } from '../config.js';
import { ENTITIES, MIGRATIONS } from './entities.js';
import { installFastTypeParsers } from './pg-types.js';

/** PostgreSQL through pg when DATABASE_URL is set; otherwise an embedded PostgreSQL (PGlite) in DATA_DIR. */
export function dataSourceOptions(cfg: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Ids come from gen_random_uuid(), built into PostgreSQL 13+ and PGlite: no extension needed.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
  };
  if (cfg.DATABASE_URL) {
    installFastTypeParsers();
    return { ...common, url: cfg.DATABASE_URL, extra: { max: cfg.DATABASE_POOL_SIZE } };
  }
  const dataDir = resolve(cfg.DATA_DIR, 'pglite');
  mkdirSync(dataDir, { recursive: true });
  return { ...common, driver: new PGliteDriver({ dataDir }).driver };
}

export function createDataSource(cfg: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>): DataSource {
  return new DataSource(dataSourceOptions(cfg));
}
