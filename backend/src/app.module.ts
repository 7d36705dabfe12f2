import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config.js';
import { CommonModule } from './common/common.module.js';
import { graphqlOptions } from './common/graphql.config.js';
import { LiveConnections } from './common/live-connections.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { SessionsService } from './modules/accounts/sessions.service.js';
import { HealthController } from './modules/health/health.controller.js';
import { MailModule } from './modules/mail/mail.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { DiscussionsModule } from './modules/discussions/discussions.module.js';
import { TrajectenModule } from './modules/trajecten/trajecten.module.js';
import { CatalogueModule } from './modules/catalogue/catalogue.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';

@Module({})
export class AppModule {
  static forRoot(cfg: AppConfig, ds: DataSource, log: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(cfg, ds),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule],
          inject: [SessionsService, LiveConnections],
          useFactory: (sessions: SessionsService, live: LiveConnections) => graphqlOptions(cfg, ds, sessions, live, log),
        }),
        AccountsModule,
        RegionsModule,
        MailModule,
        RealtimeModule,
        DiscussionsModule,
        TrajectenModule,
        CatalogueModule,
        NotificationsModule,
      ],
      controllers: [HealthController],
    };
  }
}
