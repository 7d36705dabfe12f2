import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { DigestsService } from './digests.service.js';
import { FollowsResolver } from './follows.resolver.js';
import { FollowsService } from './follows.service.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationsConsumer } from './notifications.consumer.js';
import { NotificationsGateway } from './notifications.gateway.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { workerDbProvider } from './worker-db.js';

/**
 * Following and notifications. Reads the other modules' event logs (space_events, traject_events,
 * audit_events) and their tables, and imports none of their modules.
 */
@Module({
  imports: [MailModule],
  providers: [
    workerDbProvider, NotificationsGateway, NotificationMailer, NotificationsConsumer, NotificationsService, FollowsService, DigestsService,
    NotificationsResolver, FollowsResolver,
  ],
  controllers: [UnsubscribeController],
  exports: [NotificationsConsumer, DigestsService],
})
export class NotificationsModule {}
