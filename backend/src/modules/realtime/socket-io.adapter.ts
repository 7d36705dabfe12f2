import { IoAdapter } from '@nestjs/platform-socket.io';
import type { INestApplicationContext } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '../../config.js';
import { isAllowedOrigin } from '../../common/graphql.config.js';
import { redisConnection } from '../../common/common.module.js';

/** socket.io on the app's port: foreign origins refused, and rooms shared through Redis when configured. */
export class KetenwerkIoAdapter extends IoAdapter {
  constructor(app: INestApplicationContext, private readonly cfg: AppConfig, private readonly redis: Redis | null) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      allowRequest: (req, cb) => cb(null, isAllowedOrigin(this.cfg, req.headers.origin)),
    } as ServerOptions);
    if (this.redis) server.adapter(createAdapter(redisConnection(this.redis), redisConnection(this.redis, 'subscriber')));
    return server;
  }
}
