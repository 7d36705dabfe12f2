import { KnownLoader } from '../../common/known-loader.js';
import type { DataSource } from 'typeorm';
import { hydrate, selectColumns, sql } from '../../database/rows.js';
import { UserEntity } from './user.entity.js';

export function createAccountsLoaders(ds: DataSource) {
  return {
    userById: new KnownLoader<UserEntity>(async (ids) => {
      const rows = await sql(ds, `SELECT ${selectColumns(ds, UserEntity, 'u', 'u_')} FROM users u WHERE u.id = ANY($1::uuid[])`, [[...ids]], 'kw_users_by_id');
      const map = new Map<string, UserEntity>();
      for (const r of rows) map.set(r.u_id as string, hydrate(ds, UserEntity, r, 'u_')!);
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
