import { Global, Module, type DynamicModule } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { LiveConnections } from './live-connections.js';
import { RateLimitService } from './rate-limit.service.js';
import { APP_CONFIG, PUB_SUB, REDIS } from './tokens.js';

/** Shared infrastructure every feature may inject: configuration, database, Redis, pub/sub, rate limits. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(cfg: AppConfig, ds: DataSource): DynamicModule {
    const redis = cfg.REDIS_URL ? new Redis(cfg.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 3 }) : null;
    return {
      module: CommonModule,
      providers: [
        { provide: APP_CONFIG, useValue: cfg },
        { provide: DataSource, useValue: ds },
        { provide: REDIS, useValue: redis },
        { provide: PUB_SUB, useValue: new PubSub() },
        RateLimitService,
        LiveConnections,
      ],
      exports: [APP_CONFIG, DataSource, REDIS, PUB_SUB, RateLimitService, LiveConnections],
    };
  }
}
