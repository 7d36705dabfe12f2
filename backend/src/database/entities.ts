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
import { CommentEntity } from '../modules/discussions/comment.entity.js';
import {
  CommentReactionEntity, PostRevisionEntity, ReportEntity, SpaceEventCursorEntity, SpaceEventEntity, ThreadParticipantEntity, ThreadReadEntity,
} from '../modules/discussions/discussion-records.entity.js';
import { SpaceEntity, SpaceModeratorEntity } from '../modules/discussions/space.entity.js';
import { ThreadEntity } from '../modules/discussions/thread.entity.js';
import { Discussions1764400000000 } from './migrations/1764400000000-discussions.js';
import { MilestoneEntity } from '../modules/trajecten/milestone.entity.js';
import { IndicatorMeasurementEntity, OutcomeIndicatorEntity } from '../modules/trajecten/outcome-indicator.entity.js';
import { ProgressUpdateEntity, ProgressUpdateRevisionEntity } from '../modules/trajecten/progress-update.entity.js';
import { TrajectEventEntity } from '../modules/trajecten/traject-event.entity.js';
import { TrajectMemberEntity } from '../modules/trajecten/traject-member.entity.js';
import { TrajectProgressEntity } from '../modules/trajecten/traject-progress.entity.js';
import { TrajectRolloutEntity } from '../modules/trajecten/traject-rollout.entity.js';
import { TrajectSubscriptionEntity } from '../modules/trajecten/traject-subscription.entity.js';
import { TrajectEntity } from '../modules/trajecten/traject.entity.js';
import { Trajecten1764500000000 } from './migrations/1764500000000-trajecten.js';
import { CATALOGUE_ENTITIES } from '../modules/catalogue/catalogue.entities.js';
import { Catalogue1764600000000 } from './migrations/1764600000000-catalogue.js';
import { FollowEntity } from '../modules/notifications/follow.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { DigestRunEntity, NotificationCursorEntity, NotificationPreferenceEntity } from '../modules/notifications/notification-records.entity.js';
import { Notifications1764700000000 } from './migrations/1764700000000-notifications.js';
import { SolutionFitsNotification1764800000000 } from './migrations/1764800000000-solution-fits-notification.js';
import { SearchVectorsInline1764810000000 } from './migrations/1764810000000-search-vectors-inline.js';

export const ENTITIES = [
  RegionEntity, BestuurEntity, NisMergerEntity, RegionCoordinatorEntity,
  UserEntity, SessionEntity, AuthTokenEntity, OutboxMailEntity, AuditEventEntity,
  SpaceEntity, SpaceModeratorEntity, ThreadEntity, CommentEntity, PostRevisionEntity, CommentReactionEntity, ThreadReadEntity,
  ThreadParticipantEntity, ReportEntity, SpaceEventEntity, SpaceEventCursorEntity,
  TrajectEntity, TrajectMemberEntity, MilestoneEntity, ProgressUpdateEntity, ProgressUpdateRevisionEntity, TrajectProgressEntity,
  OutcomeIndicatorEntity, IndicatorMeasurementEntity, TrajectSubscriptionEntity, TrajectRolloutEntity, TrajectEventEntity,
  ...CATALOGUE_ENTITIES,
  FollowEntity, NotificationEntity, NotificationPreferenceEntity, DigestRunEntity, NotificationCursorEntity,
];

// Listed explicitly (not globbed) so the same list works from src in tests and from dist.
export const MIGRATIONS = [Foundation1764300000000, Discussions1764400000000, Trajecten1764500000000, Catalogue1764600000000, Notifications1764700000000,
  SolutionFitsNotification1764800000000, SearchVectorsInline1764810000000];
