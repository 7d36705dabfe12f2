import { Logger } from '@nestjs/common';
import { ConnectedSocket, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../common/viewer.js';
import { userRoom } from '../realtime/realtime.gateway.js';

export const COUNT_EVENT = 'notifications:count';
export const SYNC_EVENT = 'notifications:sync';

export interface CountMessage {
  count: number;
  /**
   * When the count was taken (the counting statement's start, ms since 1970, from PostgreSQL's clock):
   * pushes can overtake each other (a run of the consumer and a "mark read" at the same moment), so
   * the bell keeps the latest count and drops an older one that arrives after it.
   */
  at: number;
}

/** Unread counts per person, and when they were taken (see CountMessage.at). */
export async function unreadCounts(ds: DataSource, userIds: readonly string[]): Promise<{ counts: Map<string, number>; at: number }> {
  if (!userIds.length) return { counts: new Map(), at: 0 };
  const rows: { recipient_id: string; n: number; at: number }[] = await ds.query(
    `SELECT u.id AS recipient_id, count(n.id)::int AS n, extract(epoch FROM statement_timestamp())::float8 * 1000 AS at
     FROM unnest($1::uuid[]) AS u (id) LEFT JOIN notifications n ON n.recipient_id = u.id AND n.read_at IS NULL
     GROUP BY u.id`,
    [[...new Set(userIds)]],
  );
  return { counts: new Map(rows.map((r) => [r.recipient_id, r.n])), at: rows.length ? Number(rows[0].at) : 0 };
}

/**
 * The bell's live unread count over socket.io: pushed to the person's room `user:<id>` after every
 * change (on every instance, through the Redis adapter), sent when a socket connects, and answered
 * on `notifications:sync`, so the count is right again after a reconnect.
 */
@WebSocketGateway()
export class NotificationsGateway implements OnGatewayConnection {
  private readonly log = new Logger('NotificationsGateway');
  @WebSocketServer() server: Server;

  constructor(private readonly ds: DataSource) {}

  async handleConnection(socket: Socket): Promise<void> {
    const viewer = (socket.data as { viewer?: Viewer }).viewer;
    if (!viewer) return;
    try {
      const { counts, at } = await unreadCounts(this.ds, [viewer.user.id]);
      socket.emit(COUNT_EVENT, { count: counts.get(viewer.user.id) ?? 0, at } satisfies CountMessage);
    } catch (err) {
      this.log.warn({ err }, 'could not send the unread count on connect');
    }
  }

  @SubscribeMessage(SYNC_EVENT)
  async sync(@ConnectedSocket() socket: Socket): Promise<CountMessage> {
    const viewer = (socket.data as { viewer: Viewer }).viewer;
    const { counts, at } = await unreadCounts(this.ds, [viewer.user.id]);
    const message: CountMessage = { count: counts.get(viewer.user.id) ?? 0, at };
    socket.emit(COUNT_EVENT, message);
    return message;
  }

  /** Tells each person their new unread count, wherever their sockets are. */
  async emitCounts(userIds: Iterable<string>, db: DataSource = this.ds): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!this.server || !ids.length) return;
    const { counts, at } = await unreadCounts(db, ids);
    for (const [id, count] of counts) this.server.to(userRoom(id)).emit(COUNT_EVENT, { count, at } satisfies CountMessage);
  }
}
