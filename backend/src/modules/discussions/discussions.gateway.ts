import { Logger } from '@nestjs/common';
import {
  ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayDisconnect,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AppError } from '../../common/errors.js';
import { RateLimitService } from '../../common/rate-limit.service.js';
import type { Viewer } from '../../common/viewer.js';
import { SpaceAccessService } from './space-access.js';
import { ThreadGuard } from './thread-guard.js';

export const threadRoom = (threadId: string) => `thread:${threadId}`;
/** One "is aan het typen" per socket per thread per this many milliseconds; the rest is dropped. */
export const TYPING_INTERVAL_MS = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SocketData {
  viewer: Viewer;
  threads?: Set<string>;
  typedAt?: Map<string, number>;
}

type Ack = { ok: true; [k: string]: unknown } | { error: { code: string; message: string } };
const refuse = (code: string, message: string): Ack => ({ error: { code, message } });

export interface PresentViewer {
  id: string;
  displayName: string;
}

/**
 * Who is reading a thread now and who is typing: ephemeral, so socket.io rather than the event log.
 * Sockets are authenticated by RealtimeGateway's middleware (the session cookie; Origin checked by
 * the adapter); the thread is checked at join, as for reading it. With Redis the rooms span instances.
 */
@WebSocketGateway()
export class DiscussionsGateway implements OnGatewayDisconnect {
  private readonly log = new Logger('DiscussionsGateway');
  @WebSocketServer() server: Server;

  constructor(
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
    private readonly limits: RateLimitService,
  ) {}

  @SubscribeMessage('thread:join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: { threadId?: unknown }): Promise<Ack> {
    const data = socket.data as SocketData;
    const threadId = typeof body?.threadId === 'string' && UUID.test(body.threadId) ? body.threadId : null;
    if (!threadId) return refuse('BAD_USER_INPUT', 'Onbekende discussie.');
    try {
      // The socket lives long; its person's roles may have changed since the last join.
      this.access.forget(data.viewer);
      await this.guard.thread(data.viewer, threadId);
    } catch (e) {
      if (e instanceof AppError) return refuse(String(e.extensions.code), e.message);
      throw e;
    }
    await socket.join(threadRoom(threadId));
    (data.threads ??= new Set()).add(threadId);
    const viewers = await this.broadcastViewers(threadId);
    return { ok: true, viewers };
  }

  @SubscribeMessage('thread:leave')
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: { threadId?: unknown }): Promise<Ack> {
    const data = socket.data as SocketData;
    const threadId = typeof body?.threadId === 'string' ? body.threadId : '';
    if (!data.threads?.has(threadId)) return { ok: true };
    data.threads.delete(threadId);
    await socket.leave(threadRoom(threadId));
    await this.broadcastViewers(threadId);
    return { ok: true };
  }

  @SubscribeMessage('thread:typing')
  async typing(@ConnectedSocket() socket: Socket, @MessageBody() body: { threadId?: unknown }): Promise<Ack> {
    const data = socket.data as SocketData;
    const threadId = typeof body?.threadId === 'string' ? body.threadId : '';
    if (!data.threads?.has(threadId)) return refuse('FORBIDDEN', 'Open eerst de discussie.');
    try {
      await this.limits.consume('typingPerAccount', data.viewer.user.id);
    } catch (e) {
      if (e instanceof AppError) return refuse(String(e.extensions.code), e.message);
      throw e;
    }
    const now = Date.now();
    const typedAt = (data.typedAt ??= new Map());
    if (now - (typedAt.get(threadId) ?? 0) < TYPING_INTERVAL_MS) return { ok: true, throttled: true };
    typedAt.set(threadId, now);
    const user = data.viewer.user;
    socket.to(threadRoom(threadId)).emit('thread:typing', { threadId, user: { id: user.id, displayName: user.displayName } });
    return { ok: true };
  }

  handleDisconnect(socket: Socket): void {
    const threads = (socket.data as Partial<SocketData>).threads;
    if (!threads?.size) return;
    for (const threadId of threads) {
      this.broadcastViewers(threadId).catch((err: Error) => this.log.warn({ err }, 'could not update the viewers after a disconnect'));
    }
  }

  /** Everyone in the room, on every instance, deduplicated by person; sent to the room and returned. */
  private async broadcastViewers(threadId: string): Promise<PresentViewer[]> {
    const sockets = await this.server.in(threadRoom(threadId)).fetchSockets();
    const people = new Map<string, PresentViewer>();
    for (const s of sockets) {
      const user = (s.data as Partial<SocketData>).viewer?.user;
      if (user) people.set(user.id, { id: user.id, displayName: user.displayName });
    }
    const viewers = [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
    this.server.to(threadRoom(threadId)).emit('thread:viewers', { threadId, viewers });
    return viewers;
  }
}
