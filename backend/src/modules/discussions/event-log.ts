import { Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectPubSub } from '../../common/tokens.js';
import { hydrate, selectColumns } from '../../database/rows.js';
import { inTransaction } from '../../database/transaction.js';
import { CommittedEvents } from './committed-events.js';
import { SpaceEventEntity } from './discussion-records.entity.js';

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
  /**
   * The entries of the commit, up to `position`, when there are few: another instance's hub takes
   * them instead of reading them back from the table, as long as they follow on from what it has
   * (see CommittedEvents). As JSON, so through Redis too.
   */
  entries?: NoticeEntry[];
}
export type NoticeEntry = Omit<SpaceEventEntity, 'createdAt'> & { createdAt: string };

/** A commit with more entries than this announces only its position (readers read the table). */
export const NOTICE_ENTRIES = 20;

export const toNoticeEntry = (e: SpaceEventEntity): NoticeEntry => ({
  position: e.position, spaceId: e.spaceId, threadId: e.threadId, actorId: e.actorId, type: e.type, payload: e.payload,
  createdAt: e.createdAt.toISOString(),
});

export const fromNoticeEntry = (e: NoticeEntry): SpaceEventEntity => Object.assign(new SpaceEventEntity(), {
  position: e.position, spaceId: e.spaceId, threadId: e.threadId, actorId: e.actorId, type: e.type, payload: e.payload,
  createdAt: new Date(e.createdAt),
});

// Any fixed number; only event-writing transactions take this lock (see DiscussionWriter.run).
const EVENT_LOG_LOCK = 7_241_120_26;

/**
 * Runs a change and the events it announces in one transaction (the log is the outbox), then hands
 * the entries to this instance's hub, tells every instance through the pub/sub that the log grew (with
 * the entries, when few), and answers once this instance's subscribers have been handed the entries.
 */
@Injectable()
export class DiscussionWriter {
  private readonly log = new Logger('Discussions');
  private statements: { insert: string; lockAndInsert: string } | null = null;

  constructor(
    private readonly ds: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    private readonly committed: CommittedEvents,
  ) {}

  async run<T>(work: (m: EntityManager, events: EventBuffer) => Promise<T>): Promise<T> {
    let rows: SpaceEventEntity[] = [];
    const result = await inTransaction(this.ds, async (m) => {
      const events = new EventBuffer();
      const r = await work(m, events);
      if (events.events.length) rows = await this.append(m, events.events);
      return r;
    });
    if (rows.length) {
      // This instance's hub delivers them at once, without reading them back; the others read the table.
      const local = this.committed.add(rows);
      const notice: SpaceEventsNotice = {
        position: rows[rows.length - 1].position, entries: rows.length <= NOTICE_ENTRIES ? rows.map(toNoticeEntry) : undefined,
      };
      // Readers also poll, so a lost notice only delays delivery.
      await this.pubSub.publish(SPACE_EVENTS_CHANNEL, notice).catch((err: Error) => this.log.warn({ err }, 'could not publish the event notice'));
      // The answer follows the delivery, as a broadcast would: the change reaches the people watching
      // before the next request of the one who made it (and its own other tabs no later than the answer).
      await local;
    }
    return result;
  }

  /**
   * Positions must become visible in the order they are handed out, or a reader that has seen
   * position n+1 could miss n, still uncommitted. The lock (held to commit) serialises the few
   * milliseconds from the first insert to the commit; it is taken last, after the change's own writes,
   * by the first insert itself (the materialised CTE runs before the row, and its position, is made).
   */
  private async append(m: EntityManager, events: NewEvent[]): Promise<SpaceEventEntity[]> {
    const { insert, lockAndInsert } = this.statements ??= this.prepare();
    const rows: SpaceEventEntity[] = [];
    for (const [i, e] of events.entries()) {
      const [row] = await m.query(i === 0 ? lockAndInsert : insert, [e.spaceId, e.threadId, e.actorId, e.type, JSON.stringify(e.payload ?? {})]);
      rows.push(hydrate(this.ds, SpaceEventEntity, row, 'e_')!);
    }
    return rows;
  }

  /** Each insert returns its entry whole, as the hub would read it from the table. */
  private prepare() {
    const returning = `RETURNING ${selectColumns(this.ds, SpaceEventEntity, 'e', 'e_')}`;
    return {
      insert: `INSERT INTO space_events AS e (space_id, thread_id, actor_id, type, payload) VALUES ($1, $2, $3, $4, $5) ${returning}`,
      lockAndInsert: `WITH locked AS MATERIALIZED (SELECT pg_advisory_xact_lock(${EVENT_LOG_LOCK}))
        INSERT INTO space_events AS e (space_id, thread_id, actor_id, type, payload)
        SELECT $1::uuid, $2::uuid, $3::uuid, $4::text, $5::jsonb FROM locked ${returning}`,
    };
  }
}
