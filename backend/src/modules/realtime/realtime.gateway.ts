import { Logger, type OnModuleInit } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Server } from 'socket.io';
import { readSessionToken } from '../../common/cookies.js';
import { InjectPubSub } from '../../common/tokens.js';
import type { Viewer } from '../../common/viewer.js';
import { SESSIONS_REVOKED, SessionsService, type SessionsRevokedEvent } from '../accounts/sessions.service.js';

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * socket.io carries what is ephemeral. Every socket belongs to a signed-in session (the same cookie
 * as GraphQL) and joins its person's room `user:<id>`; features add their own rooms.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnModuleInit {
  private readonly log = new Logger('Realtime');
  @WebSocketServer() server: Server;

  constructor(
    private readonly sessions: SessionsService,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.sessions
        .resolve(readSessionToken(socket.handshake.headers.cookie))
        .then((viewer) => {
          if (!viewer) return next(new Error('UNAUTHENTICATED'));
          (socket.data as { viewer: Viewer }).viewer = viewer;
          void socket.join([userRoom(viewer.user.id), sessionRoom(viewer.sessionId)]);
          next();
        })
        .catch((err: Error) => {
          this.log.error({ err }, 'socket authentication failed');
          next(new Error('INTERNAL_SERVER_ERROR'));
        });
    });
  }

  async onModuleInit(): Promise<void> {
    // Revoked sessions are told so and disconnected, on every instance through the Redis adapter.
    await this.pubSub.subscribe(SESSIONS_REVOKED, (e: SessionsRevokedEvent) => {
      if (!this.server) return;
      for (const id of e.sessionIds) {
        this.server.to(sessionRoom(id)).emit('session:revoked');
        this.server.in(sessionRoom(id)).disconnectSockets(true);
      }
    }, {});
  }
}
