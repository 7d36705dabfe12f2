import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { FeedsService } from './feeds.service.js';
import { MilestonesResolver } from './milestones.resolver.js';
import { MilestonesService } from './milestones.service.js';
import { ParticipationResolver } from './participation.resolver.js';
import { ParticipationService } from './participation.service.js';
import { ProgressUpdatesResolver } from './progress-updates.resolver.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { ScheduledPublisher } from './scheduled-publisher.js';
import { TrajectEventListeners, TrajectEvents } from './traject-events.js';
import { ProgressUpdatePublishedResolver, TrajectLiveResolver } from './traject-live.resolver.js';
import { TrajectenHttpController } from './trajecten-http.controller.js';
import { TrajectenResolver } from './trajecten.resolver.js';
import { TrajectenService } from './trajecten.service.js';

/** Innovatietrajecten. Other modules listen to traject events through TrajectEventListeners. */
@Module({
  imports: [AccountsModule],
  providers: [
    TrajectEventListeners, TrajectEvents, TrajectenService, MilestonesService, ProgressUpdatesService, ParticipationService,
    FeedsService, ScheduledPublisher,
    TrajectenResolver, MilestonesResolver, ProgressUpdatesResolver, ParticipationResolver, TrajectLiveResolver, ProgressUpdatePublishedResolver,
  ],
  controllers: [TrajectenHttpController],
  exports: [TrajectEventListeners, TrajectenService],
})
export class TrajectenModule {}
