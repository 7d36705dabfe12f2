import type { Provider } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { isEmbedded } from '../../database/transaction.js';

/** The notification consumer's own database connections. */
export const WORKER_DB = Symbol('NOTIFICATIONS_WORKER_DB');

/**
 * On PostgreSQL the consumer works on a pool of its own (two connections): a large fan-out never
 * holds the connections that requests need, and what requests cost is measured without it. The
 * embedded database has a single session, which everything shares.
 */
export const workerDbProvider: Provider = {
  provide: WORKER_DB,
  inject: [DataSource],
  useFactory: async (ds: DataSource): Promise<DataSource> => {
    if (isEmbedded(ds)) return ds;
    const options = ds.options as DataSourceOptions & { extra?: Record<string, unknown> };
    const worker = new DataSource({ ...options, extra: { ...options.extra, max: 2 } } as DataSourceOptions);
    return worker.initialize();
  },
};
