import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { FollowTargetType } from './notifications.enums.js';
import { threadLink } from './space-event-handlers.js';

export interface FollowTargetInfo {
  title: string;
  link: string;
}

type Row = { id: string; title: string; link: string };

const QUERIES: Record<FollowTargetType, string> = {
  [FollowTargetType.THREAD]: `SELECT id, title, '' AS link FROM threads WHERE id = ANY($1::uuid[])`,
  [FollowTargetType.SPACE]: `SELECT id, name AS title, '/werkruimte/' || slug AS link FROM spaces WHERE id = ANY($1::uuid[])`,
  [FollowTargetType.TRAJECT]: `SELECT id, title, '/trajecten/' || slug AS link FROM trajects WHERE id = ANY($1::uuid[])`,
  [FollowTargetType.SOLUTION]: `SELECT id, name AS title, '/oplossingen/' || slug AS link FROM solutions WHERE id = ANY($1::uuid[])`,
};

/** Titles and links of followed things: one query per kind of thing per request. */
export function createNotificationsLoaders(ds: DataSource) {
  return {
    followTarget: new DataLoader<string, FollowTargetInfo | null>(async (keys) => {
      const byType = new Map<FollowTargetType, string[]>();
      for (const k of keys) {
        const [type, id] = k.split(':') as [FollowTargetType, string];
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const found = new Map<string, FollowTargetInfo>();
      for (const [type, ids] of byType) {
        const rows: Row[] = await ds.query(QUERIES[type], [ids]);
        for (const r of rows) found.set(`${type}:${r.id}`, { title: r.title, link: type === FollowTargetType.THREAD ? threadLink(r.id) : r.link });
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}
export type NotificationsLoaders = ReturnType<typeof createNotificationsLoaders>;
