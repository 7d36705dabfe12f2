import { Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectPubSub } from '../../common/tokens.js';
import { inTransaction } from '../../database/transaction.js';

/** Everything that happens in the werkruimte, as written to space_events. */
export enum DiscussionEventType {
  THREAD_CREATED = 'THREAD_CREATED',
  THREAD_EDITED = 'THREAD_EDITED',
  THREAD_PINNED = 'THREAD_PINNED',
  THREAD_UNPINNED = 'THREAD_UNPINNED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_UNLOCKED = 'THREAD_UNLOCKED',
  THREAD_CLOSED = 'THREAD_CLOSED',
  THREAD_REOPENED = 'THREAD_REOPENED',
  THREAD_MOVED = 'THREAD_MOVED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_EDITED = 'COMMENT_EDITED',
  COMMENT_DELETED = 'COMMENT_DELETED',
  COMMENT_HIDDEN = 'COMMENT_HIDDEN',
  COMMENT_UNHIDDEN = 'COMMENT_UNHIDDEN',
  REACTION_CHANGED = 'REACTION_CHANGED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ANSWER_UNACCEPTED = 'ANSWER_UNACCEPTED',
  /** payload.userIds: people newly mentioned (for notifications; not streamed to subscribers). */
  MENTIONED = 'MENTIONED',
  /** A post was reported (for the moderators' notifications; not streamed). */
  POST_REPORTED = 'POST_REPORTED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
}

/** Types only moderators and notification code care about: never sent to threadActivity/spaceActivity. */
export const PRIVATE_EVENT_TYPES: ReadonlySet<string> = new Set([
  DiscussionEventType.MENTIONED, DiscussionEventType.POST_REPORTED, DiscussionEventType.REPORT_RESOLVED,
]);

export interface NewEvent {
  type: DiscussionEventType;
  spaceId: string;
  threadId: string | null;
  actorId: string | null;
  payload?: Record<string, unknown>;
}

/** What a unit of work announces; written to the log at the end of its transaction. */
export class EventBuffer {
  readonly events: NewEvent[] = [];
  emit(e: NewEvent): void {
    this.events.push(e);
  }
}

/** Pub/sub channel that carries `{ position }` after a commit: "the log grew, read it". */
export const SPACE_EVENTS_CHANNEL = 'discussions.spaceEvents';
export interface SpaceEventsNotice {
  position: string;
}

// Any fixed number; only event-writing transactions take this lock (see DiscussionWriter.run).
const EVENT_LOG_LOCK = 7_241_120_26;

/**
 * Runs a change and the events it announces in one transaction (the log is the outbox), then tells
 * every instance through the pub/sub that the log grew.
 */
@Injectable()
export class DiscussionWriter {
  private readonly log = new Logger('Discussions');

  constructor(
    private readonly ds: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  async run<T>(work: (m: EntityManager, events: EventBuffer) => Promise<T>): Promise<T> {
    let last: string | null = null;
    const result = await inTransaction(this.ds, async (m) => {
      const events = new EventBuffer();
      const r = await work(m, events);
      if (events.events.length) last = await this.append(m, events.events);
      return r;
    });
    if (last) {
      const notice: SpaceEventsNotice = { position: last };
      // Readers also poll, so a lost notice only delays delivery.
      await this.pubSub.publish(SPACE_EVENTS_CHANNEL, notice).catch((err: Error) => this.log.warn({ err }, 'could not publish the event notice'));
    }
    return result;
  }

  /**
   * Positions must become visible in the order they are handed out, or a reader that has seen
   * position n+1 could miss n, still uncommitted. The lock (held to commit) serialises the few
   * milliseconds from the first insert to the commit; it is taken last, after the change's own writes.
   */
  private async append(m: EntityManager, events: NewEvent[]): Promise<string> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
    let last = '0';
    for (const e of events) {
      const [row]: { position: string }[] = await m.query(
        `INSERT INTO space_events (space_id, thread_id, actor_id, type, payload) VALUES ($1, $2, $3, $4, $5) RETURNING position`,
        [e.spaceId, e.threadId, e.actorId, e.type, JSON.stringify(e.payload ?? {})],
      );
      last = String(row.position);
    }
    return last;
  }
}
