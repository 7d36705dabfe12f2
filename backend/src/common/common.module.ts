import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { LiveConnections } from './live-connections.js';
import { RateLimitService } from './rate-limit.service.js';
import { APP_CONFIG, PUB_SUB, REDIS } from './tokens.js';

/** Shared infrastructure every feature may inject: configuration, database, Redis, pub/sub, rate limits. */
// Further connections to the same Redis (pub/sub needs its own), by main client; closed with the app.
const extraConnections = new WeakMap<Redis, Redis[]>();

export function redisConnection(redis: Redis, role: 'commands' | 'subscriber' = 'commands'): Redis {
  // A subscriber connection must not run the ready check (an INFO command): when it connects while
  // its SUBSCRIBE is already queued, or while the app shuts down, ioredis would refuse the INFO in
  // subscriber mode and fail every queued command with it.
  const c = redis.duplicate(role === 'subscriber' ? { enableReadyCheck: false } : {});
  extraConnections.set(redis, [...(extraConnections.get(redis) ?? []), c]);
  return c;
}

@Global()
@Module({})
export class CommonModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    const all = [...(extraConnections.get(this.redis) ?? []), this.redis];
    await Promise.all(all.map((c) => c.quit().catch(() => c.disconnect())));
  }

  static forRoot(cfg: AppConfig, ds: DataSource): DynamicModule {
    const redis = cfg.REDIS_URL ? new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: 3 }) : null;
    // With Redis, events published on one instance reach subscribers on every instance.
    const pubSub: PubSubEngine = redis
      ? new RedisPubSub({ publisher: redisConnection(redis), subscriber: redisConnection(redis, 'subscriber') })
      : new PubSub();
    return {
      module: CommonModule,
      providers: [
        { provide: APP_CONFIG, useValue: cfg },
        { provide: DataSource, useValue: ds },
        { provide: REDIS, useValue: redis },
        { provide: PUB_SUB, useValue: pubSub },
        RateLimitService,
        LiveConnections,
      ],
      exports: [APP_CONFIG, DataSource, REDIS, PUB_SUB, RateLimitService, LiveConnections],
    };
  }
}
