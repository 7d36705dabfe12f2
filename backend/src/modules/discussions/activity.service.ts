import { Injectable, Logger } from '@nestjs/common';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import { EventStream } from './event-stream.js';
import { SpaceAccessService } from './space-access.js';
import { SpaceEventsHub, type Delivery, type Listener, type Scope } from './space-events.hub.js';
import { ThreadGuard } from './thread-guard.js';

/**
 * threadActivity and spaceActivity: access is checked here when subscribing and by the hub for
 * every entry. With `after`, the entries since that position are replayed from the table first;
 * then the live ones follow, without a gap and without repeating any.
 */
@Injectable()
export class ActivityService {
  private readonly log = new Logger('Activity');

  constructor(
    private readonly hub: SpaceEventsHub,
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
  ) {}

  async thread(viewer: Viewer | null, threadId: string, after?: string | null): Promise<EventStream<Delivery>> {
    // Fresh, not the connection's cached roles: a subscription may outlive a change of role.
    if (viewer) this.access.forget(viewer);
    const { v } = await this.guard.thread(viewer, threadId);
    return this.open({ thread: threadId }, v, after);
  }

  async space(viewer: Viewer | null, spaceId: string, after?: string | null): Promise<EventStream<Delivery>> {
    const v = requireViewer(viewer);
    const table = await this.access.table([v.user.id], [spaceId]);
    if (!table.space(spaceId)) throw E.spaceNotFound();
    if (!table.role(v.user.id, spaceId).read) throw E.cannotReadSpace();
    return this.open({ space: spaceId }, v, after);
  }

  private open(scope: Scope, v: Viewer, after?: string | null): EventStream<Delivery> {
    const from = after ? BigInt(after) : null;
    let listener: Listener | null = null;
    const stream = new EventStream<Delivery>(() => {
      if (listener) this.hub.unregister(listener);
    });
    const registered = this.hub.register(scope, v.user.id, stream, from);
    listener = registered.listener;
    const { replayUpTo } = registered;
    if (replayUpTo !== null) {
      this.hub.replay(registered.listener, replayUpTo).catch((err: Error) => {
        this.log.error({ err }, 'replaying the event log failed');
        stream.fail(err);
      });
    }
    return stream;
  }
}
