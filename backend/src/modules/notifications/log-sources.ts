import type { EntityManager } from 'typeorm';
import { AUDIT_EVENT_HANDLERS } from './audit-event-handlers.js';
import type { LogEvent } from './fanout.js';
import type { Handler } from './handlers.js';
import { SPACE_EVENT_HANDLERS } from './space-event-handlers.js';
import { TRAJECT_EVENT_HANDLERS } from './traject-event-handlers.js';

/** An event log the consumer tails: a table with a `position` identity column, and what to do per type. */
export interface LogSource {
  name: string;
  table: string;
  handlers: Record<string, Handler>;
  /** Entries with position in (after, upTo] of the types it handles, in order. */
  read(m: EntityManager, after: string, upTo: string, limit: number): Promise<LogEvent[]>;
}

const types = (h: Record<string, Handler>) => Object.keys(h);

export const LOG_SOURCES: LogSource[] = [
  {
    name: 'space_events',
    table: 'space_events',
    handlers: SPACE_EVENT_HANDLERS,
    async read(m, after, upTo, limit) {
      const rows = await m.query(
        `SELECT position::text AS position, xmin::text AS tx, type, actor_id, space_id, thread_id, payload, created_at FROM space_events
         WHERE position > $1 AND position <= $2 AND type = ANY($3) ORDER BY position LIMIT $4`,
        [after, upTo, types(SPACE_EVENT_HANDLERS), limit],
      );
      return rows.map((r: Record<string, any>) => ({
        source: 'space_events', position: r.position, tx: r.tx, type: r.type, actorId: r.actor_id, createdAt: new Date(r.created_at),
        // The entry a move leaves in the old space names its thread only in the payload.
        data: { ...r.payload, spaceId: r.space_id, threadId: r.thread_id ?? r.payload?.threadId ?? null },
      }));
    },
  },
  {
    name: 'traject_events',
    table: 'traject_events',
    handlers: TRAJECT_EVENT_HANDLERS,
    async read(m, after, upTo, limit) {
      const rows = await m.query(
        `SELECT position::text AS position, xmin::text AS tx, type, traject_id, payload, created_at FROM traject_events
         WHERE position > $1 AND position <= $2 AND type = ANY($3) ORDER BY position LIMIT $4`,
        [after, upTo, types(TRAJECT_EVENT_HANDLERS), limit],
      );
      return rows.map((r: Record<string, any>) => ({
        source: 'traject_events', position: r.position, tx: r.tx, type: r.type, actorId: null, createdAt: new Date(r.created_at),
        data: { ...r.payload, trajectId: r.traject_id },
      }));
    },
  },
  {
    name: 'audit_events',
    table: 'audit_events',
    handlers: AUDIT_EVENT_HANDLERS,
    async read(m, after, upTo, limit) {
      const rows = await m.query(
        `SELECT position::text AS position, xmin::text AS tx, action, actor_id, subject_type, subject_id, before, after, created_at FROM audit_events
         WHERE position > $1 AND position <= $2 AND action = ANY($3) ORDER BY position LIMIT $4`,
        [after, upTo, types(AUDIT_EVENT_HANDLERS), limit],
      );
      return rows.map((r: Record<string, any>) => ({
        source: 'audit_events', position: r.position, tx: r.tx, type: r.action, actorId: r.actor_id, createdAt: new Date(r.created_at),
        data: { subjectType: r.subject_type, subjectId: r.subject_id, before: r.before, after: r.after },
      }));
    },
  },
];
