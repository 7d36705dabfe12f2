import { Module } from '@nestjs/common';
import { ActivityResolver } from './activity.resolver.js';
import { ActivityService } from './activity.service.js';
import { CommentsResolver, PostRevisionsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import { DiscussionsGateway } from './discussions.gateway.js';
import { CommittedEvents } from './committed-events.js';
import { DomainEvents } from './domain-events.js';
import { DiscussionWriter } from './event-log.js';
import { MarkdownPreviewResolver } from './markdown-preview.resolver.js';
import { MarkdownPreviewService } from './markdown-preview.service.js';
import { ModerationLogResolver, ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { SearchService } from './search.service.js';
import { SpaceAccessRegistry, SpaceAccessService } from './space-access.js';
import { SpaceEventsHub } from './space-events.hub.js';
import { SpacesResolver } from './spaces.resolver.js';
import { SpacesService } from './spaces.service.js';
import { ThreadGuard } from './thread-guard.js';
import { ThreadsResolver } from './threads.resolver.js';
import { ThreadsService } from './threads.service.js';

/**
 * The werkruimte. Other modules use SpacesService.ensureTrajectSpace and SpaceAccessRegistry to plug
 * their spaces in, and DomainEvents to hear what happens; this module imports none of them.
 */
@Module({
  providers: [
    SpaceAccessRegistry, SpaceAccessService, SpacesService, ThreadGuard, DiscussionWriter, CommittedEvents, DomainEvents, SpaceEventsHub,
    ThreadsService, CommentsService, ModerationService, SearchService, ActivityService, MarkdownPreviewService,
    SpacesResolver, ThreadsResolver, CommentsResolver, PostRevisionsResolver, ModerationResolver, ModerationLogResolver, ActivityResolver,
    MarkdownPreviewResolver,
    DiscussionsGateway,
  ],
  exports: [SpacesService, SpaceAccessRegistry, SpaceAccessService, DomainEvents],
})
export class DiscussionsModule {}
