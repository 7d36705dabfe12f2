import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { ForbiddenError } from '../../common/errors.js';
import { InjectPubSub } from '../../common/tokens.js';
import { SpaceEventEntity } from './discussion-records.entity.js';
import { CommittedEvents } from './committed-events.js';
import { DomainEvents } from './domain-events.js';
import { hydrate, threadIdOf, type HydratedBatch } from './event-hydration.js';
import { fromNoticeEntry, PRIVATE_EVENT_TYPES, SPACE_EVENTS_CHANNEL, type SpaceEventsNotice } from './event-log.js';
import { shareable, type SharedEvent } from './event-sharing.js';
import { EventStream } from './event-stream.js';
import { SpaceAccessService, type RoleTable } from './space-access.js';

/**
 * What a subscriber receives: the log entry, the rows it refers to and everyone's roles (shared,
 * read-only). One object per entry for all its subscribers, which share its GraphQL answers.
 */
export interface Delivery extends SharedEvent {
  row: SpaceEventEntity;
  /** The row's position as a number, worked out once for all its subscribers. */
  at: bigint;
  batch: HydratedBatch;
  table: RoleTable;
}

const delivery = (row: SpaceEventEntity, batch: HydratedBatch, table: RoleTable): Delivery => ({
  row, at: BigInt(row.position), batch, table, ...shareable(row, batch, table),
});

export type Scope = { thread: string } | { space: string };
type Decision = 'deliver' | 'skip' | 'deny';

export class Listener {
  /** Position of the last entry handed to the stream (or skipped): nothing at or below it is sent again. */
  last: bigint;
  /** While the past is replayed from the table, live entries wait here. */
  buffer: [Delivery, Decision][] | null = null;

  constructor(readonly scope: Scope, readonly userId: string, readonly stream: EventStream<Delivery>, last: bigint) {
    this.last = last;
  }

  offer(d: Delivery, decision: Decision): void {
    if (this.buffer) {
      this.buffer.push([d, decision]);
      return;
    }
    if (d.at <= this.last) return;
    this.last = d.at;
    if (decision === 'deny') this.stream.fail(new ForbiddenError('Je hebt geen toegang meer tot deze discussie.'));
    else if (decision === 'deliver') this.stream.push(d);
  }

  /** Ends the replay: what arrived live meanwhile follows, without what the replay already sent. */
  flush(): void {
    const waiting = this.buffer ?? [];
    this.buffer = null;
    for (const [d, decision] of waiting) this.offer(d, decision);
  }
}

/**
 * Per instance: reads space_events after the last position it saw whenever the pub/sub says the log
 * grew (and every few seconds, in case a notice was lost), or takes the entries this instance's writer
 * has just committed, or another instance's notice carried (CommittedEvents), when they follow on
 * without a gap, then hands each entry, in order, to the
 * subscribers on this instance that may see it, and to DomainEvents. One reader per instance, however
 * many subscribers: the rows and what they refer to are loaded once.
 */
@Injectable()
export class SpaceEventsHub implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('SpaceEventsHub');
  /** Everything up to here has been handed to the listeners registered at the time. */
  private hwm = 0n;
  /** The highest position a notice announced. */
  private announced = 0n;
  /** Everything up to here has been handed to its subscribers (or could not be, and never will live). */
  private handed = 0n;
  private readonly waiting: { position: bigint; resolve: () => void }[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private subscription: number | null = null;
  private stopped = false;

  static readonly POLL_MS = 2000;
  static readonly BATCH = 500;
  /** Subscribers handed an entry before the fan-out lets other work in (see drainOnce). */
  static readonly CHUNK = 100;

  constructor(
    private readonly ds: DataSource,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
    private readonly access: SpaceAccessService,
    private readonly domainEvents: DomainEvents,
    private readonly committed: CommittedEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    const [{ max }] = await this.ds.query(`SELECT coalesce(max(position), 0)::text AS max FROM space_events`);
    this.hwm = BigInt(max);
    this.handed = this.hwm;
    this.committed.listen((last) => {
      void this.wake();
      return this.handedOut(last);
    });
    this.subscription = await this.pubSub.subscribe(SPACE_EVENTS_CHANNEL, (n: SpaceEventsNotice) => void this.wake(n), {});
    this.timer = setInterval(() => void this.poll(), SpaceEventsHub.POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.subscription !== null) this.pubSub.unsubscribe(this.subscription);
    await this.draining;
    this.settle(null);
    for (const set of this.listeners.values()) for (const l of set) l.stream.return();
  }

  /** The safety net for a lost notice: reads the log only when it grew. */
  private async poll(): Promise<void> {
    try {
      if ((await this.newestPosition()) > this.hwm) await this.wake();
      await this.domainEvents.retryFailed();
    } catch (err) {
      this.log.warn({ err }, 'polling the event log failed');
    }
  }

  /**
   * Straight on the driver's pool where there is one: a background check that belongs to no request
   * should not show up in (or be counted as part of) the queries a request makes.
   */
  private async newestPosition(): Promise<bigint> {
    const sql = `SELECT coalesce(max(position), 0)::text AS p FROM space_events`;
    const pool = (this.ds.driver as { master?: { query?: (q: string) => Promise<{ rows: { p: string }[] }> } }).master;
    if (typeof pool?.query === 'function') return BigInt((await pool.query(sql)).rows[0].p);
    return BigInt((await this.ds.query(sql))[0].p);
  }

  get position(): bigint {
    return this.hwm;
  }

  /**
   * Registers a listener that receives every entry after max(after, now). Synchronous, so that what
   * it misses live (positions ≤ the current high-water mark) is exactly what `replay` must read.
   */
  register(scope: Scope, userId: string, stream: EventStream<Delivery>, after: bigint | null): { listener: Listener; replayUpTo: bigint | null } {
    const from = after ?? this.hwm;
    const listener = new Listener(scope, userId, stream, from);
    const key = keyOf(scope);
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    if (from < this.hwm) {
      listener.buffer = [];
      return { listener, replayUpTo: this.hwm };
    }
    return { listener, replayUpTo: null };
  }

  unregister(listener: Listener): void {
    const key = keyOf(listener.scope);
    const set = this.listeners.get(key);
    set?.delete(listener);
    if (set && !set.size) this.listeners.delete(key);
  }

  /** Reads the entries (after, upTo] of the listener's scope from the table and hands them over, then what arrived live. */
  async replay(listener: Listener, upTo: bigint): Promise<void> {
    const hidden = [...PRIVATE_EVENT_TYPES];
    while (!listener.stream.isClosed && listener.last < upTo) {
      const qb = this.ds
        .getRepository(SpaceEventEntity)
        .createQueryBuilder('e')
        .where('e.position > :after AND e.position <= :upTo', { after: listener.last.toString(), upTo: upTo.toString() })
        .andWhere('e.type <> ALL(:hidden)', { hidden })
        .orderBy('e.position')
        .limit(SpaceEventsHub.BATCH);
      if ('thread' in listener.scope) qb.andWhere('e.thread_id = :id', { id: listener.scope.thread });
      else qb.andWhere('e.space_id = :id', { id: listener.scope.space });
      const rows = await qb.getMany();
      if (!rows.length) break;
      const [batch, table] = await this.load([listener], rows);
      const buffered = listener.buffer;
      listener.buffer = null;
      for (const row of rows) listener.offer(delivery(row, batch, table), decide(listener, row, batch, table));
      listener.buffer = buffered;
      if (rows.length < SpaceEventsHub.BATCH) break;
    }
    listener.flush();
  }

  wake(notice?: SpaceEventsNotice): Promise<void> {
    if (notice?.position) {
      const p = BigInt(notice.position);
      // Already taken (this instance's own entries, handed over by the writer): nothing to read.
      if (p <= this.hwm) return Promise.resolve();
      if (p > this.announced) this.announced = p;
      // Another instance's entries, sent along: taken like this instance's own when they follow on.
      if (notice.entries?.length) this.committed.remember(notice.entries.map(fromNoticeEntry));
    }
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          try {
            while (await this.drainOnce());
          } catch (err) {
            this.log.error({ err }, 'reading the event log failed; retrying at the next notice');
            // Whoever waits for a delivery stops waiting: it happens at the next notice or poll.
            this.settle(null);
          }
        } while (this.again && !this.stopped);
      } finally {
        // In the same tick as the last check of `again`, so a wake in between cannot be lost (the loop
        // awaits at least once, so this runs after `draining` is set).
        this.draining = null;
      }
    })();
    return this.draining;
  }

  /** Resolves once the entries up to `position` have been handed to this instance's subscribers. */
  private handedOut(position: bigint): Promise<void> {
    if (position <= this.handed || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ position, resolve }));
  }

  /** Entries up to `upTo` (null: all that are waited for) are handed out. */
  private settle(upTo: bigint | null): void {
    if (upTo !== null && upTo > this.handed) this.handed = upTo;
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i];
      if (upTo === null || w.position <= upTo) {
        this.waiting.splice(i, 1);
        w.resolve();
      }
    }
  }

  private async drainOnce(): Promise<boolean> {
    // What this instance committed, or a notice carried, comes without a round trip when it follows on.
    const known = this.committed.takeAfter(this.hwm, SpaceEventsHub.BATCH);
    const rows = known.length ? known : await this.ds
      .getRepository(SpaceEventEntity)
      .createQueryBuilder('e')
      .where('e.position > :p', { p: this.hwm.toString() })
      .orderBy('e.position')
      .limit(SpaceEventsHub.BATCH)
      .getMany();
    if (!rows.length || this.stopped) return false;
    // Decide who gets what in the same tick as the high-water mark moves (see `register`).
    this.hwm = BigInt(rows[rows.length - 1].position);
    const targets = rows.map((row) => (PRIVATE_EVENT_TYPES.has(row.type) ? [] : this.listenersFor(row)));
    this.domainEvents.dispatch(rows);
    const everyone = [...new Set(targets.flat())];
    if (everyone.length) {
      let batch: HydratedBatch;
      let table: RoleTable;
      try {
        [batch, table] = await this.load(everyone, rows);
      } catch (err) {
        // These subscribers would have a gap: end their streams; they resume with `after` and replay it.
        for (const l of everyone) l.stream.fail(err);
        throw err;
      }
      let handed = 0;
      for (const [i, row] of rows.entries()) {
        const d = delivery(row, batch, table);
        for (const [k, l] of targets[i].entries()) {
          if (!l.stream.isClosed) l.offer(d, decide(l, row, batch, table));
          // A fan-out to a thousand subscribers takes tens of milliseconds: let the requests that arrive
          // meanwhile (the next comment, a page) go on between chunks instead of waiting for all of it.
          // And after the first subscriber, whose answer is then worked out, so that the others who
          // share it find it ready.
          if (++handed % SpaceEventsHub.CHUNK === 0 || (k === 0 && targets[i].length > 1)) await new Promise((r) => setImmediate(r));
        }
      }
    }
    this.settle(this.hwm);
    // After entries of its own, read the table when a notice announced more (another instance's).
    return known.length ? this.announced > this.hwm || known.length === SpaceEventsHub.BATCH : rows.length === SpaceEventsHub.BATCH;
  }

  private listenersFor(row: SpaceEventEntity): Listener[] {
    // Only entries that name their thread in thread_id go to that thread's subscribers (see THREAD_MOVED).
    return [
      ...(row.threadId ? this.listeners.get(keyOf({ thread: row.threadId })) ?? [] : []),
      ...(this.listeners.get(keyOf({ space: row.spaceId })) ?? []),
    ];
  }

  /**
   * The rows' threads, comments and people, and the roles of the listeners, in one round trip: the
   * roles are looked up for the spaces the entries were written in, which is where their threads
   * are unless one moved since; then its space is looked up afterwards.
   */
  private async load(listeners: Listener[], rows: SpaceEventEntity[]): Promise<[HydratedBatch, RoleTable]> {
    const spaces = new Set<string>(rows.map((r) => r.spaceId));
    for (const l of listeners) if ('space' in l.scope) spaces.add(l.scope.space);
    const users = listeners.map((l) => l.userId);
    const [batch, table] = await Promise.all([hydrate(this.ds, rows), this.access.table(users, [...spaces])]);
    const moved = [...batch.threads.values()].filter((t) => !spaces.has(t.spaceId));
    if (!moved.length) return [batch, table];
    for (const t of moved) spaces.add(t.spaceId);
    return [batch, await this.access.table(users, [...spaces])];
  }
}

const keyOf = (scope: Scope) => ('thread' in scope ? `t:${scope.thread}` : `s:${scope.space}`);

/** Access is checked for every entry: a thread subscriber who may no longer read the thread is cut off. */
function decide(l: Listener, row: SpaceEventEntity, batch: HydratedBatch, table: RoleTable): Decision {
  const threadId = threadIdOf(row);
  const thread = threadId ? batch.threads.get(threadId) : undefined;
  if ('thread' in l.scope) return thread && table.canRead(l.userId, thread) ? 'deliver' : 'deny';
  if (!table.role(l.userId, l.scope.space).read) return 'deny';
  return thread && table.canRead(l.userId, thread) ? 'deliver' : 'skip';
}
