import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit entry with the caller's transaction manager, so it commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditEventEntity, {
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: (entry.before ?? null) as object,
    after: (entry.after ?? null) as object,
  });
}
