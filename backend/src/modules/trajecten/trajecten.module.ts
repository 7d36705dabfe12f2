import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { FeedsService } from './feeds.service.js';
import { MilestonesResolver } from './milestones.resolver.js';
import { MilestonesService } from './milestones.service.js';
import { ParticipationResolver } from './participation.resolver.js';
import { ParticipationService } from './participation.service.js';
import { ProgressUpdatesResolver } from './progress-updates.resolver.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { ScheduledPublisher } from './scheduled-publisher.js';
import { TrajectEventListeners, TrajectEvents } from './traject-events.js';
import { TrajectSpaceAccess } from './traject-space.js';
import { ProgressUpdatePublishedResolver, TrajectLiveResolver } from './traject-live.resolver.js';
import { TrajectenHttpController } from './trajecten-http.controller.js';
import { TrajectenResolver } from './trajecten.resolver.js';
import { TrajectenService } from './trajecten.service.js';

/**
 * Innovatietrajecten. Other modules listen to traject events through TrajectEventListeners. Each traject
 * has its werkruimte space (discussions module, imported here, never the other way round).
 */
@Module({
  imports: [AccountsModule, DiscussionsModule],
  providers: [
    TrajectEventListeners, TrajectEvents, TrajectenService, MilestonesService, ProgressUpdatesService, ParticipationService,
    FeedsService, ScheduledPublisher, TrajectSpaceAccess,
    TrajectenResolver, MilestonesResolver, ProgressUpdatesResolver, ParticipationResolver, TrajectLiveResolver, ProgressUpdatePublishedResolver,
  ],
  controllers: [TrajectenHttpController],
  exports: [TrajectEventListeners, TrajectenService],
})
export class TrajectenModule {}
