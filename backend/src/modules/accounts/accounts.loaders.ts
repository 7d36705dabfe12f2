import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from './user.entity.js';

export function createAccountsLoaders(ds: DataSource) {
  return {
    userById: new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await ds.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
