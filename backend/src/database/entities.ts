import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { AuthTokenEntity } from '../modules/accounts/auth-token.entity.js';
import { SessionEntity } from '../modules/accounts/session.entity.js';
import { UserEntity } from '../modules/accounts/user.entity.js';
import { OutboxMailEntity } from '../modules/mail/outbox-mail.entity.js';
import { BestuurEntity } from '../modules/regions/bestuur.entity.js';
import { NisMergerEntity } from '../modules/regions/nis-merger.entity.js';
import { RegionCoordinatorEntity } from '../modules/regions/region-coordinator.entity.js';
import { RegionEntity } from '../modules/regions/region.entity.js';
import { Foundation1764300000000 } from './migrations/1764300000000-foundation.js';

export const ENTITIES = [
  RegionEntity, BestuurEntity, NisMergerEntity, RegionCoordinatorEntity,
  UserEntity, SessionEntity, AuthTokenEntity, OutboxMailEntity, AuditEventEntity,
];

// Listed explicitly (not globbed) so the same list works from src in tests and from dist.
export const MIGRATIONS = [Foundation1764300000000];
