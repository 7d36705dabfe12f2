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
}

export async function unreadCounts(ds: DataSource, userIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { recipient_id: string; n: number }[] = userIds.length
    ? await ds.query(
      `SELECT recipient_id, count(*)::int AS n FROM notifications WHERE read_at IS NULL AND recipient_id = ANY($1::uuid[]) GROUP BY recipient_id`,
      [[...userIds]],
    )
    : [];
  const map = new Map<string, number>(userIds.map((id) => [id, 0]));
  for (const r of rows) map.set(r.recipient_id, r.n);
  return map;
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
      const count = (await unreadCounts(this.ds, [viewer.user.id])).get(viewer.user.id) ?? 0;
      socket.emit(COUNT_EVENT, { count } satisfies CountMessage);
    } catch (err) {
      this.log.warn({ err }, 'could not send the unread count on connect');
    }
  }

  @SubscribeMessage(SYNC_EVENT)
  async sync(@ConnectedSocket() socket: Socket): Promise<CountMessage> {
    const viewer = (socket.data as { viewer: Viewer }).viewer;
    const count = (await unreadCounts(this.ds, [viewer.user.id])).get(viewer.user.id) ?? 0;
    socket.emit(COUNT_EVENT, { count } satisfies CountMessage);
    return { count };
  }

  /** Tells each person their new unread count, wherever their sockets are. */
  async emitCounts(userIds: Iterable<string>, db: DataSource = this.ds): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!this.server || !ids.length) return;
    for (const [id, count] of await unreadCounts(db, ids)) this.server.to(userRoom(id)).emit(COUNT_EVENT, { count } satisfies CountMessage);
  }
}
